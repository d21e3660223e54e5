package dev.ibtrading.broker;

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

  public static MarketDataType ofCode(int code) {
    for (MarketDataType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    throw new IllegalArgumentException("market data type: " + code + " (expected: 1..4)");
  }
}
