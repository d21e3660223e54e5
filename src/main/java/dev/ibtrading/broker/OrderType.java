package dev.ibtrading.broker;

/** The order types the worker places. */
public enum OrderType {
  /** Market. */
  MKT,
  /** Limit: needs a limit price. */
  LMT,
  /** Market on close. */
  MOC,
  /** Limit on close: needs a limit price. */
  LOC;

  public boolean needsLimitPrice() {
    return this == LMT || this == LOC;
  }
}
