package dev.ibtrading.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The statistics behind the benchmark figures, on inputs checkable by hand. */
class LatencyStatsTests {
  private static final long MS = 1_000_000;

  @Test
  void nearestRankPercentilesOfOneToHundred() {
    long[] sorted = LongStream.rangeClosed(1, 100).toArray();

    assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(50);
    assertThat(LatencyStats.percentile(sorted, 99)).isEqualTo(99);
    assertThat(LatencyStats.percentile(sorted, 100)).isEqualTo(100);
    assertThat(LatencyStats.percentile(sorted, 0.5)).isEqualTo(1);
  }

  @Test
  void smallSamplesRoundTheRankUp() {
    long[] sorted = LongStream.rangeClosed(1, 10).toArray();

    assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(5);
    assertThat(LatencyStats.percentile(sorted, 99)).as("rank ceil(9.9) = 10").isEqualTo(10);
    assertThat(LatencyStats.percentile(new long[] {7}, 99)).isEqualTo(7);
  }

  @Test
  void statsSortACopyAndReportMillisAndThroughput() {
    long[] latencies = {40 * MS, 10 * MS, 30 * MS, 20 * MS};

    LatencyStats stats = LatencyStats.of(latencies, 2_000 * MS);

    assertThat(stats.count()).isEqualTo(4);
    assertThat(stats.p50Millis()).isEqualTo(20.0);
    assertThat(stats.p99Millis()).isEqualTo(40.0);
    assertThat(stats.maxMillis()).isEqualTo(40.0);
    assertThat(stats.throughputPerSecond()).isCloseTo(2.0, within(1e-9));
    assertThat(latencies).as("input left unsorted").startsWith(40 * MS, 10 * MS);
  }

  @Test
  void medianOfRepeatedFigures() {
    assertThat(LatencyStats.median(3.0, 1.0, 2.0)).isEqualTo(2.0);
    assertThat(LatencyStats.median(4.0, 1.0, 3.0, 2.0)).as("lower middle").isEqualTo(2.0);
    assertThat(LatencyStats.median(5.0)).isEqualTo(5.0);
  }

  @Test
  void refusesEmptyInputAndPercentilesOutOfRange() {
    assertThatThrownBy(() -> LatencyStats.of(new long[0], MS))
        .hasMessage("latencies: none (expected: at least one)");
    assertThatThrownBy(() -> LatencyStats.of(new long[] {1}, 0))
        .hasMessage("wall time: 0 ns (expected: > 0)");
    assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 0))
        .hasMessage("percentile: 0.0 (expected: 0 < p <= 100)");
    assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 101))
        .hasMessage("percentile: 101.0 (expected: 0 < p <= 100)");
  }
}
