package dev.ibtrading.replay;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.outcome.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What a replay did.
 *
 * @param options what was asked
 * @param tradingDays NYSE sessions in the range, on which the jobs ran
 * @param closedWeekdays weekdays in the range without an NYSE session: no job ran
 * @param outcomes every run's outcome, in order, as written to {@code outcomes.jsonl}
 * @param unanswered jobs whose run ended without an outcome (a transient failure production would
 *     redeliver), as {@code job at time: reason}
 * @param executions every execution at the paper gateway, in order
 * @param equity NetLiquidation at each session's close
 * @param startup real time from the start until the worker was connected
 * @param elapsed real time the replay took, startup included
 */
record ReplayResult(
    ReplayOptions options,
    List<LocalDate> tradingDays,
    List<LocalDate> closedWeekdays,
    List<Outcome> outcomes,
    List<String> unanswered,
    List<Fill> executions,
    List<EquityPoint> equity,
    Duration startup,
    Duration elapsed) {

  BigDecimal startingCash() {
    return BigDecimal.valueOf(options.cash());
  }

  BigDecimal finalEquity() {
    return equity.isEmpty() ? startingCash() : equity.get(equity.size() - 1).netLiquidation();
  }

  /** Commissions of all executions; one without a reported commission counts 0. */
  BigDecimal commissions() {
    return executions.stream()
        .map(Fill::commission)
        .filter(c -> c != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
