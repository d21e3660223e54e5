package dev.ibtrading.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Pushes to a launched worker as Pub/Sub does through Cloud Run ({@code ingest.auth=cloud-run}).
 */
public final class WorkerPush {
  private WorkerPush() {}

  /** An ID token for {@code email} as Cloud Run passes it on: verified, its signature removed. */
  public static String cloudRunToken(String email) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"email\":\""
            + email
            + "\",\"email_verified\":true,\"exp\":"
            + (java.time.Instant.now().getEpochSecond() + 3600)
            + "}";
    return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".SIGNATURE_REMOVED_BY_GOOGLE";
  }

  /** A push to {@code path} in a Pub/Sub envelope of {@code dataJson} with attribute runId. */
  public static HttpResponse<String> post(
      HttpClient http, int port, String path, String dataJson, String runId, String token)
      throws IOException, InterruptedException {
    String data = Base64.getEncoder().encodeToString(dataJson.getBytes(StandardCharsets.UTF_8));
    String envelope =
        """
        {"message":{"data":"%s","attributes":{"runId":"%s"},"messageId":"1"},
        "subscription":"projects/launcher-it/subscriptions/ib-summary-push"}
        """
            .formatted(data, runId);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(envelope))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
