package dev.ibtrading.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Push requests for the worker, shaped as the Pub/Sub emulator POSTs them (both id spellings, no
 * deliveryAttempt), each with a new message id and so a new run key ({@code <intent>:<messageId>}).
 */
final class PushTriggers {
  /** What each intent is triggered with: read-only or dry runs only, nothing is ever traded. */
  static final Map<String, String> DATA =
      Map.of(
          "allocation", "{\"strategies\":[\"dummy\"],\"dryRun\":true}",
          "risk-check", "{\"dryRun\":true}",
          "eod-check", "{\"dryRun\":true}",
          "close-all", "{\"dryRun\":true}",
          "summary", "{}");

  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private final URI base;
  private final String project;
  private final String idPrefix = "bench-" + System.currentTimeMillis() + "-";
  private final AtomicLong nextId = new AtomicLong();

  /**
   * @param base the worker, e.g. {@code http://127.0.0.1:8080}
   * @param project the Pub/Sub project named in the subscription
   */
  PushTriggers(URI base, String project) {
    this.base = base;
    this.project = project;
  }

  /** Checks that every intent is one the benchmark knows a dry-run body for. */
  static void requireKnown(Iterable<String> intents) {
    for (String intent : intents) {
      if (!DATA.containsKey(intent)) {
        throw new IllegalArgumentException(
            "intent: " + intent + " (expected one of " + DATA.keySet() + ")");
      }
    }
  }

  /** A push of a new message for {@code intent} to {@code POST /<intent>}. */
  HttpRequest push(String intent) {
    String messageId = idPrefix + nextId.incrementAndGet();
    String body =
        envelope(
            messageId,
            DATA.get(intent),
            "projects/" + project + "/subscriptions/ib-" + intent + "-push",
            Instant.now().truncatedTo(ChronoUnit.MILLIS));
    return HttpRequest.newBuilder(base.resolve("/" + intent))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** A plain GET, for the baseline. */
  HttpRequest get(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
  }

  static String envelope(
      String messageId, String dataJson, String subscription, Instant publishTime) {
    String data = Base64.getEncoder().encodeToString(dataJson.getBytes(StandardCharsets.UTF_8));
    return """
        {"subscription":"%s","message":{"data":"%s","messageId":"%s","message_id":"%s",\
        "publishTime":"%s","publish_time":"%s"}}"""
        .formatted(subscription, data, messageId, messageId, publishTime, publishTime);
  }
}
