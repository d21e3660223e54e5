package dev.ibtrading.ingest;

import dev.ibtrading.outcome.TriggerSource;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.OptionFields;
import dev.ibtrading.trigger.RejectionCause;
import dev.ibtrading.trigger.RunKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A Pub/Sub push request in the default wrapped format: {@code {"message": {"data": "<base64>",
 * "attributes": {...}, "messageId": "...", "publishTime": "..."}, "subscription": "...",
 * "deliveryAttempt": 1}}. Pub/Sub sends the ids in camelCase and snake_case ({@code message_id},
 * {@code publish_time}); either is accepted, and two that disagree are refused. Keys this class
 * does not know ({@code orderingKey}, future ones) are ignored: the envelope is Google's to extend.
 * A JSON null counts as absent.
 *
 * @param data {@code message.data}, still base64; empty when absent (attributes-only messages)
 * @param attributes {@code message.attributes}, string values only
 * @param messageId unique within the topic; null if absent
 * @param publishTime null if absent
 * @param subscription {@code projects/P/subscriptions/S}; null if absent
 * @param deliveryAttempt at least 1; null when absent (no dead-letter policy, or the emulator)
 */
record PushEnvelope(
    String data,
    Map<String, String> attributes,
    String messageId,
    Instant publishTime,
    String subscription,
    Integer deliveryAttempt) {

  /** The top-level key that tells a push envelope from a plain body. */
  static final String MESSAGE = "message";

  /** Reads the envelope from a JSON object that has a {@code message} key. */
  static PushEnvelope read(JsonNode root) throws InvalidTriggerException {
    JsonNode message = root.get(MESSAGE);
    if (!message.isObject()) {
      throw invalid("'message' must be an object (actual: " + OptionFields.describe(message) + ")");
    }
    String publishTime = text(message, "publishTime", "publish_time", "message.");
    return new PushEnvelope(
        orEmpty(text(message, "data", null, "message.")),
        attributes(message.get("attributes")),
        text(message, "messageId", "message_id", "message."),
        publishTime == null ? null : instant(publishTime),
        text(root, "subscription", null, ""),
        deliveryAttempt(root.get("deliveryAttempt")));
  }

  /** The delivery this envelope describes. */
  Delivery delivery() {
    return new Delivery(
        TriggerSource.PUSH,
        messageId,
        publishTime,
        subscription,
        deliveryAttempt,
        attributes,
        null);
  }

  /** Parses an RFC 3339 time such as {@code 2021-02-26T19:13:55.749Z}; null if it is not one. */
  static Instant parseTime(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode parent, String name, String altName, String where)
      throws InvalidTriggerException {
    String value = textOrNull(parent.get(name), where + name);
    String alt = altName == null ? null : textOrNull(parent.get(altName), where + altName);
    if (value != null && alt != null && !value.equals(alt)) {
      throw invalid(
          "'"
              + where
              + name
              + "' and '"
              + where
              + altName
              + "' disagree (actual: '"
              + RunKey.printable(value)
              + "' and '"
              + RunKey.printable(alt)
              + "')");
    }
    return value != null ? value : alt;
  }

  private static String textOrNull(JsonNode node, String path) throws InvalidTriggerException {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString()) {
      throw invalid(
          "'" + path + "' must be a string (actual: " + OptionFields.describe(node) + ")");
    }
    return node.stringValue();
  }

  private static Map<String, String> attributes(JsonNode node) throws InvalidTriggerException {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return attributes;
    }
    if (!node.isObject()) {
      throw invalid(
          "'message.attributes' must be an object (actual: " + OptionFields.describe(node) + ")");
    }
    for (Map.Entry<String, JsonNode> attribute : node.properties()) {
      String path = "message.attributes." + RunKey.printable(attribute.getKey());
      String value = textOrNull(attribute.getValue(), path);
      if (value == null) {
        throw invalid("'" + path + "' must be a string (actual: null)");
      }
      attributes.put(attribute.getKey(), value);
    }
    return attributes;
  }

  private static Instant instant(String value) throws InvalidTriggerException {
    Instant instant = parseTime(value);
    if (instant == null) {
      throw invalid(
          "'message.publishTime' is not an RFC 3339 time (actual: '"
              + RunKey.printable(value)
              + "', expected e.g. 2021-02-26T19:13:55.749Z)");
    }
    return instant;
  }

  private static Integer deliveryAttempt(JsonNode node) throws InvalidTriggerException {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
      throw invalid(
          "'deliveryAttempt' must be an integer >= 1 (actual: "
              + OptionFields.describe(node)
              + ")");
    }
    return node.intValue();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static InvalidTriggerException invalid(String reason) {
    return new InvalidTriggerException(RejectionCause.INVALID_ENVELOPE, "push envelope: " + reason);
  }
}
