package dev.ibtrading.ingest;

import dev.ibtrading.trigger.Received;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.Trigger;
import dev.ibtrading.trigger.TriggerHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test stand-in for run coordination: records what the edge hands over and answers as told. By
 * default it acknowledges with a body that lacks {@code runId}, so tests see the edge add it.
 */
final class RecordingTriggerHandler implements TriggerHandler {
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Function<Received, RunAnswer> answers = RecordingTriggerHandler::recorded;

  @Override
  public RunAnswer handle(Trigger trigger) {
    received.add(trigger);
    return answers.apply(trigger);
  }

  @Override
  public RunAnswer reject(Rejection rejection) {
    received.add(rejection);
    return answers.apply(rejection);
  }

  /** Everything handed over since the last {@link #reset()}, oldest first. */
  List<Received> received() {
    return List.copyOf(received);
  }

  /** The only thing handed over since the last reset. */
  Received only() {
    if (received.size() != 1) {
      throw new AssertionError("expected exactly one delivery to the handler, got " + received);
    }
    return received.get(0);
  }

  void answerWith(Function<Received, RunAnswer> answers) {
    this.answers = answers;
  }

  void reset() {
    received.clear();
    answers = RecordingTriggerHandler::recorded;
  }

  private static RunAnswer recorded(Received received) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    if (received instanceof Rejection rejection) {
      body.put("status", "rejected");
      body.put("reason", rejection.reason());
      return RunAnswer.rejectAndAcknowledge(body);
    }
    body.put("status", "recorded");
    return RunAnswer.acknowledge(body);
  }
}
