package dev.ibtrading.bench;

import java.util.Arrays;

/**
 * What one benchmark case measured: request count, median and 99th percentile latency (nearest
 * rank: the smallest value with at least p% of the values at or below it), the slowest, and the
 * throughput over the case's wall time.
 */
record LatencyStats(
    int count, double p50Millis, double p99Millis, double maxMillis, double throughputPerSecond) {

  /**
   * @param latencyNanos one latency per request, any order (not modified)
   * @param wallNanos from the first request sent to the last answer received
   */
  static LatencyStats of(long[] latencyNanos, long wallNanos) {
    if (latencyNanos.length == 0) {
      throw new IllegalArgumentException("latencies: none (expected: at least one)");
    }
    if (wallNanos <= 0) {
      throw new IllegalArgumentException("wall time: " + wallNanos + " ns (expected: > 0)");
    }
    long[] sorted = latencyNanos.clone();
    Arrays.sort(sorted);
    return new LatencyStats(
        sorted.length,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 99)),
        millis(sorted[sorted.length - 1]),
        sorted.length / (wallNanos / 1e9));
  }

  /** The nearest-rank {@code p}th percentile of ascending {@code sorted}, 0 < p <= 100. */
  static long percentile(long[] sorted, double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile: " + p + " (expected: 0 < p <= 100)");
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** The median of a few repeated figures (the lower middle one for an even count). */
  static double median(double... values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / 2];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
