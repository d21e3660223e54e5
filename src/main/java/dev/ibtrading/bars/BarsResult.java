package dev.ibtrading.bars;

import dev.ibtrading.broker.Bar;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a download got and what it took.
 *
 * @param bars each symbol's bars, oldest first, symbols in the order asked
 * @param requests historical data requests sent, retries included
 * @param pacingViolations requests the gateway refused for pacing (162) or lost (366)
 * @param waits every wait, for the pacing rules or after a refusal, in order
 * @param lostSessions gateway sessions lost during the download and waited out
 */
record BarsResult(
    Map<String, List<Bar>> bars,
    int requests,
    int pacingViolations,
    List<Duration> waits,
    int lostSessions) {

  Duration waited() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
