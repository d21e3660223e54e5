package dev.ibtrading.trigger;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A handler's answer to one trigger or rejection: how to acknowledge, and the JSON body. The edge
 * adds {@code runId} to a body that lacks it, so every response names its run.
 *
 * @param policy acknowledge, retry or reject-and-acknowledge
 * @param body a JSON object, normally the published outcome; copied, never shared
 */
public record RunAnswer(AckPolicy policy, ObjectNode body) {

  public RunAnswer {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(body, "body");
    body = body.deepCopy();
  }

  /** 200 with the outcome: the run is done and its outcome published. */
  public static RunAnswer acknowledge(ObjectNode outcome) {
    return new RunAnswer(AckPolicy.ACKNOWLEDGE, outcome);
  }

  /** 200 with the {@code rejected} outcome, published. */
  public static RunAnswer rejectAndAcknowledge(ObjectNode outcome) {
    return new RunAnswer(AckPolicy.REJECT_AND_ACKNOWLEDGE, outcome);
  }

  /**
   * 503 so that Pub/Sub redelivers: {@code {"runId": ..., "status": "retry", "error": reason}}.
   *
   * @param reason why, safe to show the caller: no secrets, no stack traces
   */
  public static RunAnswer retry(RunKey runKey, String reason) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("runId", runKey.value());
    body.put("status", "retry");
    body.put("error", reason);
    return new RunAnswer(AckPolicy.RETRY, body);
  }

  /** A copy of the body: the record stays immutable. */
  @Override
  public ObjectNode body() {
    return body.deepCopy();
  }

  /** The body's {@code runId}, or null. */
  public String runId() {
    JsonNode runId = body.get("runId");
    return runId != null && runId.isString() ? runId.stringValue() : null;
  }
}
