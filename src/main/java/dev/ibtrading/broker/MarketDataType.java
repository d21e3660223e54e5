package dev.ibtrading.broker;

import java.util.Locale;

/** IB's market data types: what a quote is made of when live data is not subscribed. */
public enum MarketDataType {
  REALTIME(1),
  FROZEN(2),
  DELAYED(3),
  DELAYED_FROZEN(4);

  private final int code;

  MarketDataType(int code) {
    this.code = code;
  }

  /** The number IB uses on the wire. */
  public int code() {
    return code;
  }

  /**
   * The delayed type that stands in for this one on an account without real-time subscriptions:
   * delayed for real-time, delayed-frozen for frozen; this type itself when it is delayed already.
   */
  public MarketDataType delayedCounterpart() {
    return switch (this) {
      case REALTIME, DELAYED -> DELAYED;
      case FROZEN, DELAYED_FROZEN -> DELAYED_FROZEN;
    };
  }

  /** The name {@code ib.market-data-type} and outcomes use: {@code delayed-frozen}. */
  public String propertyName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True for the delayed types, 15 minutes or more behind the market. */
  public boolean isDelayed() {
    return this == DELAYED || this == DELAYED_FROZEN;
  }

  public static MarketDataType ofCode(int code) {
    for (MarketDataType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    throw new IllegalArgumentException("market data type: " + code + " (expected: 1..4)");
  }
}
