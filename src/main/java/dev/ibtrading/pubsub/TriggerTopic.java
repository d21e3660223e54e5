package dev.ibtrading.pubsub;

import dev.ibtrading.trigger.Intent;

/** The topics that trigger runs, each pushed to the worker's endpoint for its intent. */
public enum TriggerTopic {
  ALLOCATION("allocation", Intent.ALLOCATION),
  RISK_CHECK("risk-check", Intent.RISK_CHECK),
  /** End-of-day reconciliation; the endpoint keeps the original deployment's name. */
  RECONCILIATION("reconciliation", Intent.EOD_CHECK),
  /** Currency conversions back to the base currency. */
  CASH_BALANCER("cash-balancer", Intent.CASH_BALANCER);

  private final String name;
  private final Intent intent;

  TriggerTopic(String name, Intent intent) {
    this.name = name;
    this.intent = intent;
  }

  /** The topic's name without the prefix, e.g. {@code risk-check}. */
  public String baseName() {
    return name;
  }

  /** The intent this topic's messages trigger. */
  public Intent intent() {
    return intent;
  }

  /** The worker's path that receives this topic's pushes, e.g. {@code /eod-check}. */
  public String endpointPath() {
    return intent.path();
  }
}
