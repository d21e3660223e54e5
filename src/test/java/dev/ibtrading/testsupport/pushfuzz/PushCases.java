package dev.ibtrading.testsupport.pushfuzz;

import dev.ibtrading.trigger.Intent;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates requests to the trigger endpoints from one seeded {@link Random}: malformed envelopes,
 * bad base64, data and plain bodies that are no JSON object, options of the wrong type, unknown
 * options and intents, deep nesting, bodies around the size limit, with random content types. Cases
 * that the edge accepts are dry runs or read-only, so a generated case never trades.
 */
public final class PushCases {
  private static final List<String> CONTENT_TYPES =
      Arrays.asList(
          null,
          "text/plain",
          "application/x-www-form-urlencoded",
          "application/octet-stream",
          "text/html",
          "application/xml",
          "application/json; charset=ISO-8859-1",
          "application/json; charset=nonsense",
          "application/cloudevents+json",
          "*/*",
          "garbage",
          "multipart/form-data; boundary=fuzz",
          "multipart/form-data");

  private final Random random;
  private final int maxBodyBytes;
  private final String idPrefix;
  private final EnvelopeCases envelopes;
  private final DataCases data;
  private final BodyCases bodies;

  /**
   * @param maxBodyBytes the worker's {@code ingest.max-body-bytes}; larger cases expect 413
   * @param idPrefix starts every message id, so that the cases' run keys are their own
   */
  public PushCases(Random random, int maxBodyBytes, String idPrefix) {
    this.random = random;
    this.maxBodyBytes = maxBodyBytes;
    this.idPrefix = idPrefix;
    this.envelopes = new EnvelopeCases(random);
    this.data = new DataCases(random);
    this.bodies = new BodyCases(random, maxBodyBytes);
  }

  /** The {@code index}th case; the same seed and index give the same case. */
  public PushCase next(int index) {
    Intent intent = Intent.values()[random.nextInt(Intent.values().length)];
    String messageId = idPrefix + index;
    PushCase generated =
        switch (random.nextInt(12)) {
          case 0, 1 -> envelopes.malformed(intent, messageId);
          case 2, 3 -> envelopes.invalidContent(intent, messageId);
          case 4 -> envelopes.harmless(intent, messageId);
          case 5 -> data.badBase64(intent, messageId);
          case 6 -> data.notAJsonObject(intent, messageId);
          case 7 -> bodies.badPlain(intent);
          case 8 -> random.nextBoolean() ? bodies.plainDryRun(intent) : bodies.empty();
          case 9 -> bodies.deep(intent, messageId);
          case 10 -> bodies.justUnderLimit(intent, messageId);
          default -> bodies.overLimit(intent);
        };
    String type =
        random.nextInt(3) == 0
            ? CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()))
            : generated.contentType();
    PushCase sent = generated.with(type, generated.chunked() || random.nextInt(10) == 0);
    if (sent.body().length > maxBodyBytes && sent.expect() != Expect.TOO_LARGE) {
      return new PushCase(
          sent.path(),
          type,
          sent.body(),
          sent.chunked(),
          Expect.TOO_LARGE,
          null,
          sent.description() + ", over the limit");
    }
    return sent;
  }
}
