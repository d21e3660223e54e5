package dev.ibtrading.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One push envelope POSTed many times at once, as Pub/Sub delivers a message again while the first
 * delivery still runs: same message id, same body, all released together.
 */
final class ConcurrentPushes {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ConcurrentPushes() {}

  /** An envelope shaped like the emulator's (no deliveryAttempt, no orderingKey). */
  static String envelope(String messageId, String dataJson, String subscription) {
    String data = Base64.getEncoder().encodeToString(dataJson.getBytes(StandardCharsets.UTF_8));
    return """
        {"subscription":"%s","message":{"data":"%s","messageId":"%s","message_id":"%s",
        "publishTime":"2025-01-03T14:35:00.123Z","publish_time":"2025-01-03T14:35:00.123Z"}}
        """
        .formatted(subscription, data, messageId, messageId);
  }

  /** POSTs {@code body} to {@code url} {@code times} times in parallel; the responses. */
  static List<HttpResponse<String>> post(String url, String body, int times) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(times);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> pending = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        pending.add(
            pool.submit(
                () -> {
                  start.await();
                  return HTTP.send(
                      HttpRequest.newBuilder(URI.create(url))
                          .timeout(Duration.ofSeconds(60))
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
                }));
      }
      start.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> response : pending) {
        responses.add(response.get(90, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
