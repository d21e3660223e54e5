package dev.ibtrading.ingest;

import dev.ibtrading.outcome.TriggerSource;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.OptionFields;
import dev.ibtrading.trigger.Received;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RejectionCause;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import dev.ibtrading.trigger.TriggerOptions;
import java.util.Base64;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns one request body into a {@link Trigger} or a {@link Rejection}, layer by layer: JSON
 * syntax, envelope shape, base64 of {@code message.data}, JSON of the decoded data, the {@code
 * runId} and {@code intent} attributes, then the intent's options. Each layer that refuses says
 * what it expected; the run key is as good as the layers passed so far allow.
 *
 * <p>A body without a top-level {@code message} key is plain: a Cloud Scheduler HTTP target's or a
 * person's. An empty body is a plain {@code {}}.
 */
final class TriggerParser {
  static final String RUN_ID_ATTRIBUTE = "runId";
  static final String INTENT_ATTRIBUTE = "intent";

  /** Strict JSON: a duplicate key or trailing content is an error, not a silent last-one-wins. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  Received parse(Intent intent, byte[] body, RequestHeaders headers) {
    Delivery delivery = headers.plainDelivery();
    RunKey runKey =
        delivery.messageId() != null
            ? RunKey.ofMessage(intent, delivery.messageId())
            : RunKey.ofPlainBody(intent, body, headers.scheduleTime(), headers.schedulerJob());
    try {
      JsonNode root = readObject(body, "body", RejectionCause.BODY_NOT_JSON);
      if (!root.has(PushEnvelope.MESSAGE)) {
        return new Trigger(intent, runKey, options(intent, root), delivery);
      }
      delivery = new Delivery(TriggerSource.PUSH, null, null, null, null, Map.of(), null);
      PushEnvelope envelope = PushEnvelope.read(root);
      delivery = envelope.delivery();
      if (envelope.messageId() != null && !envelope.messageId().isBlank()) {
        runKey = RunKey.ofMessage(intent, envelope.messageId());
      }
      runKey = runKeyAttribute(envelope.attributes(), runKey);
      checkIntentAttribute(intent, envelope.attributes());
      JsonNode data =
          readObject(
              decodeBase64(envelope.data()), "message.data", RejectionCause.DATA_NOT_JSON_OBJECT);
      return new Trigger(intent, runKey, options(intent, data), delivery);
    } catch (InvalidTriggerException e) {
      return new Rejection(intent, runKey, e.rejectionCause(), e.getMessage(), delivery);
    }
  }

  private static RunKey runKeyAttribute(Map<String, String> attributes, RunKey fallback)
      throws InvalidTriggerException {
    String runId = attributes.get(RUN_ID_ATTRIBUTE);
    if (runId == null) {
      return fallback;
    }
    try {
      return RunKey.ofRunId(runId);
    } catch (IllegalArgumentException e) {
      throw new InvalidTriggerException(
          RejectionCause.INVALID_RUN_ID, "attribute runId: " + e.getMessage());
    }
  }

  private static void checkIntentAttribute(Intent endpoint, Map<String, String> attributes)
      throws InvalidTriggerException {
    String named = attributes.get(INTENT_ATTRIBUTE);
    if (named == null) {
      return;
    }
    Intent intent =
        Intent.fromWireName(named)
            .orElseThrow(
                () ->
                    new InvalidTriggerException(
                        RejectionCause.INTENT_MISMATCH,
                        "attribute intent '"
                            + RunKey.printable(named)
                            + "' is not an intent (expected one of: "
                            + Intent.wireNames()
                            + ")"));
    if (intent != endpoint) {
      throw new InvalidTriggerException(
          RejectionCause.INTENT_MISMATCH,
          "attribute intent '"
              + RunKey.printable(named)
              + "' contradicts the endpoint "
              + endpoint.path()
              + " (expected: "
              + endpoint.wireName()
              + " or no intent attribute)");
    }
  }

  private static byte[] decodeBase64(String data) throws InvalidTriggerException {
    // Strict: standard alphabet, padded; the MIME and URL-safe variants are not what Pub/Sub sends.
    if (data.length() % 4 != 0) {
      throw new InvalidTriggerException(
          RejectionCause.DATA_NOT_BASE64,
          "message.data is not base64 (length "
              + data.length()
              + " is not a multiple of 4; expected padded standard base64)");
    }
    try {
      return Base64.getDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw new InvalidTriggerException(
          RejectionCause.DATA_NOT_BASE64,
          "message.data is not base64 (" + e.getMessage() + "; expected standard base64)");
    }
  }

  /** Parses a JSON object; empty or blank input is {@code {}}. */
  private static JsonNode readObject(byte[] bytes, String what, RejectionCause cause)
      throws InvalidTriggerException {
    if (isBlank(bytes)) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (JacksonException e) {
      throw new InvalidTriggerException(cause, what + " is not JSON: " + describe(e));
    }
    if (!node.isObject()) {
      throw new InvalidTriggerException(
          cause, what + " must be a JSON object (actual: " + OptionFields.describe(node) + ")");
    }
    return node;
  }

  private static TriggerOptions options(Intent intent, JsonNode object)
      throws InvalidTriggerException {
    try {
      return IntentOptions.read(intent, new OptionFields(intent, object));
    } catch (OptionFields.InvalidOptionException e) {
      throw new InvalidTriggerException(RejectionCause.INVALID_OPTIONS, e.getMessage());
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Jackson's own message without the source excerpt, plus where it went wrong. */
  private static String describe(JacksonException e) {
    String message = RunKey.printable(String.valueOf(e.getOriginalMessage()), 200);
    TokenStreamLocation at = e.getLocation();
    return at == null
        ? message
        : message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }
}
