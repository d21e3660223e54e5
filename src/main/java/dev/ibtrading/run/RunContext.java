package dev.ibtrading.run;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.TriggerOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One run as a handler sees it.
 *
 * @param runKey the run key; orders of the run carry it in {@code orderRef}
 * @param options the intent's options (the record type matches {@code intent})
 * @param startedAt when the run started
 * @param deadline when the run must have answered, safely before the push's ack deadline
 * @param tradingBlock why this run may not place or cancel orders (kill switch, account refused),
 *     or null when it may
 * @param orderMetrics where the run's orders are counted and timed
 */
public record RunContext(
    String runKey,
    Intent intent,
    TriggerOptions options,
    Delivery delivery,
    TradingMode tradingMode,
    TradingBlock tradingBlock,
    Instant startedAt,
    Instant deadline,
    Clock clock,
    OrderMetrics orderMetrics) {

  public RunContext {
    Objects.requireNonNull(orderMetrics, "orderMetrics");
  }

  /** True when the run may place and cancel orders. */
  public boolean tradingEnabled() {
    return tradingBlock == null;
  }

  /** Time left before the deadline; zero once it passed. */
  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** The options as the type the handler expects. */
  public <T extends TriggerOptions> T options(Class<T> type) {
    return type.cast(options);
  }
}
