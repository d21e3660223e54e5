package dev.ibtrading.soak;

/** The faults a soak scenario mixes; each scenario draws a few. */
enum Fault {
  /** The first delivery pushed several times at once. */
  CONCURRENT_PUSHES,
  /** The message pushed again after its delivery was acknowledged. */
  LATER_REDELIVERY,
  /** Every gateway session dropped and new ones refused before the first delivery. */
  GATEWAY_DOWN_BEFORE,
  /** The worker's session dropped as an order arrives: after the order, before its status. */
  DROP_AT_ORDER,
  /** A session dropped after a random number of the gateway's messages, mid-run. */
  DROP_DURING,
  /** Every session dropped after the run answered, before the redelivery. */
  DROP_AFTER,
  /** 1100 (link to IB lost) before the delivery, then 1101 or 1102. */
  LINK_LOST,
  /** The gateway rejects the run's orders. */
  REJECTION,
  /** The gateway accepts the run's orders, then makes them Inactive. */
  DEACTIVATION,
  /** Fills in slices. */
  PARTIAL_FILLS,
  /** The first fill only after the run's fill timeout. */
  SLOW_FILLS,
  /**
   * The worker cut off from Pub/Sub before the delivery (outcome publishing fails), then connected
   * again; Pub/Sub keeps its topics, subscriptions and messages meanwhile.
   */
  OUTCOME_PUBLISH_DOWN,
  /** The worker process restarted between a delivery and its redelivery. */
  WORKER_RESTART
}
