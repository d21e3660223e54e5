package dev.ibtrading.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code pubsub/schemas/outcome-v1.json}, the contract of the outcome topic: every outcome a
 * scenario or a replay writes is checked against it, so what downstream subscribers are promised is
 * what the worker really publishes.
 */
public final class OutcomeSchema {
  private static Schema schema;

  private OutcomeSchema() {}

  /** The schema violations of {@code outcome}; empty when it conforms. */
  public static synchronized List<Error> violations(JsonNode outcome) {
    if (schema == null) {
      Path file =
          Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
              .resolve("pubsub/schemas/outcome-v1.json");
      try (InputStream in = Files.newInputStream(file)) {
        schema =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema.validate(
        outcome, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }
}
