package dev.ibtrading.broker;

/** Which kind of IB account the worker trades. */
public enum TradingMode {
  /** A paper (simulated) account: IB's paper login or the paper gateway. The default. */
  PAPER,
  /** A live account: real money. Needs {@code trading.live-confirmed=true}. */
  LIVE
}
