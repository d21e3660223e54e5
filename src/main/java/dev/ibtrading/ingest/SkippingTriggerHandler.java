package dev.ibtrading.ingest;

import dev.ibtrading.trigger.Received;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.Trigger;
import dev.ibtrading.trigger.TriggerHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stand-in {@link TriggerHandler} until run coordination exists: acknowledges every trigger with
 * status {@code skipped} ("run coordination not wired yet") and every rejection with status {@code
 * rejected}. It trades nothing and publishes nothing. Registered by {@link
 * DefaultTriggerHandlerAutoConfiguration} only when no other {@link TriggerHandler} bean exists.
 */
class SkippingTriggerHandler implements TriggerHandler {
  static final String MESSAGE = "run coordination not wired yet";

  private static final Logger log = LoggerFactory.getLogger(SkippingTriggerHandler.class);

  @Override
  public RunAnswer handle(Trigger trigger) {
    log.warn("Skipped {} run {}: {}", trigger.intent().wireName(), trigger.runKey(), MESSAGE);
    ObjectNode body = body(trigger, "skipped");
    body.put("message", MESSAGE);
    return RunAnswer.acknowledge(body);
  }

  @Override
  public RunAnswer reject(Rejection rejection) {
    ObjectNode body = body(rejection, "rejected");
    body.put("cause", rejection.cause().name());
    body.put("reason", rejection.reason());
    return RunAnswer.rejectAndAcknowledge(body);
  }

  private static ObjectNode body(Received received, String status) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("runId", received.runKey().value());
    body.put("intent", received.intent().wireName());
    body.put("status", status);
    return body;
  }
}
