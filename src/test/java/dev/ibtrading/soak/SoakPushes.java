package dev.ibtrading.soak;

import dev.ibtrading.trigger.Intent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Pushes one message as Pub/Sub would: the same envelope (same message id and publish time) on
 * every delivery, several at once when asked. A delivery that got no HTTP answer (a worker
 * restarting) counts as refused, as Pub/Sub counts it.
 */
final class SoakPushes {
  /** What a delivery got: the HTTP status (0 for no answer) and the body. */
  record Answer(int status, String body) {
    boolean acknowledged() {
      return status == 200;
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String envelope;
  private final Intent intent;

  SoakPushes(Intent intent, String messageId, String data, String subscription) {
    this.intent = intent;
    String published = Instant.now().toString();
    String encoded = Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8));
    this.envelope =
        """
        {"subscription":"%s","message":{"data":"%s","messageId":"%s","message_id":"%s",
        "publishTime":"%s","publish_time":"%s"}}
        """
            .formatted(subscription, encoded, messageId, messageId, published, published);
  }

  /** Delivers the message {@code copies} times at once to the worker on {@code port}. */
  List<Answer> deliver(int port, int copies) {
    List<CompletableFuture<Answer>> pending = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + intent.path()))
              .timeout(Duration.ofSeconds(60))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
              .build();
      pending.add(
          HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .thenApply(r -> new Answer(r.statusCode(), r.body()))
              .exceptionally(e -> new Answer(0, e.toString())));
    }
    return pending.stream().map(CompletableFuture::join).toList();
  }
}
