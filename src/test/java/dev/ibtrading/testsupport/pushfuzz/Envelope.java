package dev.ibtrading.testsupport.pushfuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A well-formed Pub/Sub push envelope as a JSON tree, for a generator to break one part of. */
public final class Envelope {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Envelope() {}

  /**
   * {@code {"message":{"data":..., "attributes":{}, "messageId":id, "message_id":id,
   * "publishTime":...}, "subscription":...}}.
   */
  static ObjectNode of(String messageId, String base64Data) {
    ObjectNode message = NODES.objectNode();
    message.put("data", base64Data);
    message.set("attributes", NODES.objectNode());
    message.put("messageId", messageId);
    message.put("message_id", messageId);
    message.put("publishTime", "2025-01-02T15:00:00.123Z");
    message.put("publish_time", "2025-01-02T15:00:00.123Z");
    ObjectNode envelope = NODES.objectNode();
    envelope.set("message", message);
    envelope.put("subscription", "projects/local-project/subscriptions/fuzz-push");
    return envelope;
  }

  /** An envelope carrying {@code data} as its base64-encoded message data. */
  static ObjectNode carrying(String messageId, JsonNode data) {
    return of(messageId, base64(JSON.writeValueAsBytes(data)));
  }

  static ObjectNode message(ObjectNode envelope) {
    return (ObjectNode) envelope.get("message");
  }

  static ObjectNode attributes(ObjectNode envelope) {
    return (ObjectNode) message(envelope).get("attributes");
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static String base64(String text) {
    return base64(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] bytes(JsonNode node) {
    return JSON.writeValueAsBytes(node);
  }
}
