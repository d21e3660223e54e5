package dev.ibtrading.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Push envelope bodies for tests, shaped like Pub/Sub's (and Google's samples'). */
final class Envelopes {
  static final String MESSAGE_ID = "2070443601311540";
  static final String PUBLISH_TIME = "2025-01-03T14:35:00.123Z";
  static final String SUBSCRIPTION = "projects/test-project/subscriptions/ib-allocation-push";

  private Envelopes() {}

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code {"message":{"data":...}}}: no ids, no attributes. */
  static String minimal(String dataJson) {
    return "{\"message\":{\"data\":\"" + base64(dataJson) + "\"}}";
  }

  /** What Pub/Sub sends with a dead-letter policy: both id spellings, attributes, attempt. */
  static String full(String dataJson, String attributesJson) {
    return full(MESSAGE_ID, "\"" + base64(dataJson) + "\"", attributesJson);
  }

  /** A full envelope with {@code data} as a raw JSON value (to send broken data). */
  static String full(String messageId, String dataValue, String attributesJson) {
    return """
        {"message":{"data":%s,"attributes":%s,"messageId":"%s","message_id":"%s",
        "publishTime":"%s","publish_time":"%s"},
        "subscription":"%s","deliveryAttempt":3}
        """
        .formatted(
            dataValue,
            attributesJson,
            messageId,
            messageId,
            PUBLISH_TIME,
            PUBLISH_TIME,
            SUBSCRIPTION);
  }

  /** What the emulator sends: both id spellings, no deliveryAttempt, no orderingKey. */
  static String emulator(String messageId, String dataJson) {
    return """
        {"subscription":"projects/local/subscriptions/ib-allocation-push",
        "message":{"data":"%s","messageId":"%s","message_id":"%s",
        "publishTime":"%s","publish_time":"%s"}}
        """
        .formatted(base64(dataJson), messageId, messageId, PUBLISH_TIME, PUBLISH_TIME);
  }
}
