package dev.ibtrading.scenario;

import dev.ibtrading.pubsub.PubSubTopology;
import dev.ibtrading.pubsub.TriggerTopic;
import dev.ibtrading.trigger.Intent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * POSTs Pub/Sub push envelopes to the worker over real HTTP, shaped as the emulator sends them
 * (wrapped format, both id spellings, no {@code deliveryAttempt}), named after the push
 * subscription of the intent's topic.
 */
final class PushClient {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final int port;
  private final String project;
  private final PubSubTopology topology;

  PushClient(int port, String project, PubSubTopology topology) {
    this.port = port;
    this.project = project;
    this.topology = topology;
  }

  /**
   * Pushes {@code dataJson} as message {@code messageId} to the intent's endpoint.
   *
   * @param headers extra request headers as name, value pairs (e.g. an Authorization header)
   */
  HttpResponse<String> post(
      Intent intent,
      String messageId,
      String dataJson,
      Map<String, String> attributes,
      String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + intent.path()))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    envelope(intent, messageId, dataJson, attributes), StandardCharsets.UTF_8));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError("POST " + intent.path() + " failed: " + e, e);
    }
  }

  private String envelope(
      Intent intent, String messageId, String dataJson, Map<String, String> attributes) {
    String data = Base64.getEncoder().encodeToString(dataJson.getBytes(StandardCharsets.UTF_8));
    String attributeJson =
        attributes.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
            .collect(Collectors.joining(",", "{", "}"));
    String published = Instant.now().toString();
    return """
        {"subscription":"projects/%s/subscriptions/%s",
        "message":{"data":"%s","attributes":%s,"messageId":"%s","message_id":"%s",
        "publishTime":"%s","publish_time":"%s"}}
        """
        .formatted(
            project,
            subscription(intent),
            data,
            attributeJson,
            messageId,
            messageId,
            published,
            published);
  }

  /** The push subscription of the intent's topic; {@code <prefix><intent>-push} for the others. */
  private String subscription(Intent intent) {
    return Arrays.stream(TriggerTopic.values())
        .filter(t -> t.endpointPath().equals(intent.path()))
        .findFirst()
        .map(topology::pushSubscription)
        .orElse(topology.prefix() + intent.wireName() + "-push");
  }
}
