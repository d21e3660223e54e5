package dev.ibtrading.ingest;

import dev.ibtrading.logging.LogContext;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Received;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import dev.ibtrading.trigger.TriggerHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hands what was received to the {@link TriggerHandler} and turns its {@link RunAnswer} into the
 * HTTP answer: the policy's status, the body with its {@code runId}. A handler that throws or
 * returns nothing is answered 503 (retried), never 500.
 */
final class TriggerDispatcher {
  private static final Logger log = LoggerFactory.getLogger(TriggerDispatcher.class);

  private final TriggerHandler handler;

  TriggerDispatcher(TriggerHandler handler) {
    this.handler = handler;
  }

  void answer(Received received, HttpServletResponse response) throws IOException {
    answer(received, false, response);
  }

  /**
   * A trigger no delivery can repeat ({@code GET /summary}): see {@link TriggerHandler#handleOnce}.
   */
  void answerOnce(Trigger trigger, HttpServletResponse response) throws IOException {
    answer(trigger, true, response);
  }

  private void answer(Received received, boolean once, HttpServletResponse response)
      throws IOException {
    try (LogContext.Scope run =
        LogContext.run(received.runKey().value(), received.intent().wireName())) {
      log(received);
      RunAnswer answer = call(received, once);
      ObjectNode body = answer.body();
      if (answer.runId() == null) {
        body.put("runId", received.runKey().value());
      }
      JsonResponses.write(response, answer.policy().httpStatus(), body);
    }
  }

  void tooLarge(Intent intent, String reason, HttpServletResponse response) throws IOException {
    RunKey runKey = RunKey.generated();
    log.warn("Refused {} run {} with 413: {}", intent.wireName(), runKey, reason);
    JsonResponses.write(response, 413, JsonResponses.error(runKey, "too-large", reason));
  }

  private RunAnswer call(Received received, boolean once) {
    RunAnswer answer;
    try {
      if (received instanceof Trigger trigger) {
        answer = once ? handler.handleOnce(trigger) : handler.handle(trigger);
      } else {
        answer = handler.reject((Rejection) received);
      }
    } catch (RuntimeException e) {
      log.error(
          "Handler failed on {} run {}; answering 503 so that it is retried",
          received.intent().wireName(),
          received.runKey(),
          e);
      return RunAnswer.retry(
          received.runKey(), "handler failed: " + e.getClass().getSimpleName() + "; retry later");
    }
    if (answer == null) {
      log.error("Handler returned no answer for run {}", received.runKey());
      return RunAnswer.retry(received.runKey(), "handler returned no answer; retry later");
    }
    return answer;
  }

  private static void log(Received received) {
    Delivery d = received.delivery();
    String intent = received.intent().wireName();
    // The message id is the sender's text, up to the body limit: shortened, controls replaced.
    String messageId = d.messageId() == null ? null : RunKey.printable(d.messageId());
    if (received instanceof Rejection r) {
      log.warn(
          "Rejected {} run {} via {} (message {}): {}",
          intent,
          r.runKey(),
          d.source().wireName(),
          messageId,
          r.reason());
    } else {
      log.info(
          "Received {} run {} via {} (message {}, attempt {})",
          intent,
          received.runKey(),
          d.source().wireName(),
          messageId,
          d.deliveryAttempt());
    }
  }
}
