package dev.ibtrading.ingest.pubsub;

/** The topics that trigger runs, each pushed to the worker's endpoint for its intent. */
public enum TriggerTopic {
  ALLOCATION("allocation", "/allocation"),
  RISK_CHECK("risk-check", "/risk-check"),
  /** End-of-day reconciliation; the endpoint keeps the original deployment's name. */
  RECONCILIATION("reconciliation", "/eod-check");

  private final String name;
  private final String endpointPath;

  TriggerTopic(String name, String endpointPath) {
    this.name = name;
    this.endpointPath = endpointPath;
  }

  /** The topic's name without the prefix, e.g. {@code risk-check}. */
  public String baseName() {
    return name;
  }

  /** The worker's path that receives this topic's pushes, e.g. {@code /eod-check}. */
  public String endpointPath() {
    return endpointPath;
  }
}
