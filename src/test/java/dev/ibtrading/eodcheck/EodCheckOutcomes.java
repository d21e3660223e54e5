package dev.ibtrading.eodcheck;

import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.OrderType;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.OutcomeTrigger;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.outcome.TriggerSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An eod-check outcome to validate in tests: a leftover cancelled, SPY flattened, QQQ frozen. */
public final class EodCheckOutcomes {
  private EodCheckOutcomes() {}

  public static Outcome flattened(String runId) {
    ReportedOrder leftover =
        new ReportedOrder(
            17,
            998877L,
            "SPY",
            OrderSide.BUY,
            new BigDecimal("10"),
            OrderType.MKT,
            OrderStatus.CANCELLED,
            new BigDecimal("4"),
            BigDecimal.ZERO,
            "allocation:m-1",
            new BigDecimal("501.25"),
            new BigDecimal("1.00"));
    ReportedOrder flatten =
        new ReportedOrder(
            21,
            998901L,
            "SPY",
            OrderSide.SELL,
            new BigDecimal("4"),
            OrderType.MKT,
            OrderStatus.FILLED,
            new BigDecimal("4"),
            BigDecimal.ZERO,
            runId,
            new BigDecimal("502.10"),
            new BigDecimal("1.00"));
    EodCheckResult result =
        new EodCheckResult(
            false,
            true,
            true,
            new EodCheckResult.Session(
                LocalDate.parse("2026-03-02"), Instant.parse("2026-03-02T21:00:00Z"), null, true),
            "USD",
            new BigDecimal("100250.40"),
            List.of(
                new EodCheckResult.Drift(
                    "SPY",
                    new BigDecimal("199"),
                    new BigDecimal("4"),
                    new BigDecimal("-195"),
                    new BigDecimal("502.00"),
                    new BigDecimal("-97890.00"),
                    true),
                new EodCheckResult.Drift("QQQ", null, BigDecimal.ZERO, null, null, null, false)),
            List.of(
                new ReportedExecution(
                    "0001f4e8.01",
                    17,
                    "SPY",
                    OrderSide.BUY,
                    new BigDecimal("4"),
                    new BigDecimal("501.25"),
                    Instant.parse("2026-03-02T14:35:02Z"),
                    "allocation:m-1",
                    new BigDecimal("1.00")),
                new ReportedExecution(
                    "0001f4f1.01",
                    21,
                    "SPY",
                    OrderSide.SELL,
                    new BigDecimal("4"),
                    new BigDecimal("502.10"),
                    Instant.parse("2026-03-02T20:55:03Z"),
                    runId,
                    null)),
            new BigDecimal("1.00"),
            List.of(leftover),
            List.of(leftover),
            List.of(new EodCheckResult.FlattenOrder("SPY", OrderSide.SELL, new BigDecimal("4"))),
            List.of(flatten),
            List.of(),
            List.of(new EodCheckResult.UnmanagedPosition("AAPL", new BigDecimal("-3"))),
            List.of());
    return Outcome.builder(runId, "eod-check")
        .status(OutcomeStatus.OK)
        .tradingMode(TradingMode.PAPER)
        .account("DU0000001")
        .trigger(OutcomeTrigger.plain(TriggerSource.SCHEDULER))
        .startedAt(Instant.parse("2026-03-02T20:55:00.125Z"))
        .endedAt(Instant.parse("2026-03-02T20:55:04.500Z"))
        .result(OutcomeJson.toTree(result))
        .warning("drift-beyond-tolerance", "SPY: position 4 against target 199 drifts")
        .warning("commission-missing", "1 execution(s) have no commission report yet")
        .build();
  }
}
