package dev.ibtrading.broker;

/** How long an order works. */
public enum TimeInForce {
  /** Until the end of the trading day. */
  DAY,
  /** Until filled or cancelled. */
  GTC,
  /** At the opening auction only. */
  OPG
}
