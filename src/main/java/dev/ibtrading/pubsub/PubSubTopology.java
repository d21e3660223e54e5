package dev.ibtrading.pubsub;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the worker's topics and subscriptions, all starting with one prefix ({@code
 * pubsub.topic-prefix}, default {@code ib-}):
 *
 * <pre>
 * topic              subscription                 kind
 * ib-allocation      ib-allocation-push           push to /allocation
 * ib-risk-check      ib-risk-check-push           push to /risk-check
 * ib-reconciliation  ib-reconciliation-push       push to /eod-check
 * ib-outcomes        ib-outcomes-reader           pull, ordered by account
 * ib-dead-letter     ib-dead-letter-reader        pull: what the push subscriptions gave up on
 * </pre>
 *
 * @param prefix put before every name
 */
public record PubSubTopology(String prefix) {
  public static final String DEFAULT_PREFIX = "ib-";

  public PubSubTopology {
    prefix = prefix == null ? "" : prefix;
  }

  public String triggerTopic(TriggerTopic trigger) {
    return prefix + trigger.baseName();
  }

  public String pushSubscription(TriggerTopic trigger) {
    return prefix + trigger.baseName() + "-push";
  }

  public String outcomeTopic() {
    return prefix + "outcomes";
  }

  public String outcomeReaderSubscription() {
    return prefix + "outcomes-reader";
  }

  public String deadLetterTopic() {
    return prefix + "dead-letter";
  }

  public String deadLetterReaderSubscription() {
    return prefix + "dead-letter-reader";
  }

  /** Every topic, the dead-letter topic first (the push subscriptions refer to it). */
  public List<String> topics() {
    List<String> topics = new ArrayList<>();
    topics.add(deadLetterTopic());
    topics.add(outcomeTopic());
    for (TriggerTopic trigger : TriggerTopic.values()) {
      topics.add(triggerTopic(trigger));
    }
    return topics;
  }
}
