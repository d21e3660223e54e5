package dev.ibtrading.ingest;

import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Received;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.Trigger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Pub/Sub push delivery built in-process and read by the push endpoint's own parser ({@link
 * TriggerParser}): the envelope Pub/Sub would POST for a message with {@code data} and {@code
 * attributes} on {@code subscription}. For replaying scheduled jobs without Pub/Sub or HTTP, with
 * the same run keys, options and rejections as production.
 */
public final class SimulatedPush {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SimulatedPush() {}

  /**
   * Parses one push delivery (first attempt) as the endpoint of {@code intent} would.
   *
   * @return a {@link Trigger}, or a {@link Rejection} saying what in the message is wrong
   */
  public static Received read(
      Intent intent,
      String data,
      Map<String, String> attributes,
      String messageId,
      Instant publishTime,
      String subscription) {
    ObjectNode envelope = JSON.createObjectNode();
    ObjectNode message = envelope.putObject("message");
    message.put("data", Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)));
    ObjectNode attributeNode = message.putObject("attributes");
    attributes.forEach(attributeNode::put);
    message.put("messageId", messageId);
    message.put("publishTime", publishTime.toString());
    envelope.put("subscription", subscription);
    return new TriggerParser()
        .parse(intent, JSON.writeValueAsBytes(envelope), RequestHeaders.none());
  }
}
