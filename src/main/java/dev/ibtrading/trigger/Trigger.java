package dev.ibtrading.trigger;

import java.util.Objects;

/**
 * A valid request to run one intent: parsed, authenticated, with its run key.
 *
 * @param intent what to do; always the endpoint's intent
 * @param runKey identifies the run across duplicate deliveries, see {@link RunKey}
 * @param options the intent's options record (its type matches the intent, e.g. {@link
 *     AllocationOptions} for {@link Intent#ALLOCATION})
 * @param delivery how the trigger arrived
 */
public record Trigger(Intent intent, RunKey runKey, TriggerOptions options, Delivery delivery)
    implements Received {

  public Trigger {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(runKey, "runKey");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(delivery, "delivery");
  }
}
