package dev.ibtrading.paper;

/** Price rounding to the one-cent tick of the simulated US stocks. */
final class Prices {
  static final double TICK = 0.01;

  private Prices() {}

  static double roundToCent(double price) {
    return Math.round(price * 100) / 100.0;
  }

  /** Up to the next cent; a tiny tolerance keeps 12.30000000001 from becoming 12.31. */
  static double ceilToCent(double price) {
    return Math.ceil(price * 100 - 1e-6) / 100.0;
  }

  static double floorToCent(double price) {
    return Math.floor(price * 100 + 1e-6) / 100.0;
  }
}
