package dev.ibtrading.replay;

import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomePublishException;
import dev.ibtrading.outcome.OutcomePublisher;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The replay's outcome topic: each outcome as one line of JSON (the bytes the Pub/Sub publisher
 * sends as message data, schema {@code pubsub/schemas/outcome-v1.json}) appended to a file.
 */
final class JsonLinesOutcomePublisher implements OutcomePublisher, AutoCloseable {
  private final Path file;
  private final OutputStream out;
  private final List<Outcome> published = new ArrayList<>();

  /** Creates or truncates {@code file}. */
  JsonLinesOutcomePublisher(Path file) throws IOException {
    this.file = file;
    this.out =
        Files.newOutputStream(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
  }

  @Override
  public synchronized String publish(Outcome outcome) {
    try {
      out.write(OutcomeJson.write(outcome));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new OutcomePublishException(
          "outcome of run " + outcome.runId() + " not written to " + file + ": " + e, e);
    }
    published.add(outcome);
    return Integer.toString(published.size());
  }

  /** What was published so far, in order. */
  synchronized List<Outcome> published() {
    return List.copyOf(published);
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
