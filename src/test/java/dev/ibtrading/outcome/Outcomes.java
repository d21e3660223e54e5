package dev.ibtrading.outcome;

import dev.ibtrading.allocation.AllocationResult;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.OrderType;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.plan.Signal;
import dev.ibtrading.plan.Target;
import dev.ibtrading.riskcheck.RiskAction;
import dev.ibtrading.riskcheck.RiskCheckResult;
import dev.ibtrading.riskcheck.RiskMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Outcomes to publish and validate in tests. */
public final class Outcomes {
  public static final Instant STARTED = Instant.parse("2026-03-02T14:35:00.125Z");
  public static final Instant ENDED = Instant.parse("2026-03-02T14:35:07.500Z");

  private Outcomes() {}

  /** A live-looking allocation that bought SPY, pushed by Pub/Sub on its second attempt. */
  public static Outcome allocation(String runId, String account) {
    return Outcome.builder(runId, "allocation")
        .status(OutcomeStatus.OK)
        .tradingMode(TradingMode.PAPER)
        .account(account)
        .trigger(
            OutcomeTrigger.pubSubPush(
                "1234567890",
                Instant.parse("2026-03-02T14:34:59.984Z"),
                "projects/local-project/subscriptions/ib-allocation-push",
                2))
        .startedAt(STARTED)
        .endedAt(ENDED)
        .result(
            OutcomeJson.toTree(
                new AllocationResult(
                    false,
                    List.of(new Signal("spymacdvixy", "SPY", BigDecimal.ONE)),
                    Map.of(),
                    List.of(new Target("SPY", BigDecimal.ZERO, new BigDecimal("10"))),
                    List.of(
                        new ReportedOrder(
                            17,
                            998877L,
                            "SPY",
                            OrderSide.BUY,
                            new BigDecimal("10"),
                            OrderType.MKT,
                            OrderStatus.FILLED,
                            new BigDecimal("10"),
                            BigDecimal.ZERO,
                            "allocation:m-1",
                            new BigDecimal("501.25"),
                            new BigDecimal("1.00"))),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    List.of())))
        .warning("stale-quote", "VIXY quote older than 15 minutes")
        .build();
  }

  /** A risk check that found SPY's loss beyond its limit and closed the position. */
  static Outcome riskCheck(String runId, String account) {
    ReportedOrder sold =
        new ReportedOrder(
            21,
            998878L,
            "SPY",
            OrderSide.SELL,
            new BigDecimal("10"),
            OrderType.MKT,
            OrderStatus.FILLED,
            new BigDecimal("10"),
            BigDecimal.ZERO,
            runId,
            new BigDecimal("440.10"),
            new BigDecimal("1.00"));
    RiskCheckResult result =
        new RiskCheckResult(
            false,
            new RiskCheckResult.AccountValues(
                "USD",
                new BigDecimal("99400.00"),
                new BigDecimal("99400.00"),
                new BigDecimal("100000.00"),
                new BigDecimal("4401.00"),
                new BigDecimal("1100.25"),
                new BigDecimal("98299.75"),
                new BigDecimal("0.988931")),
            List.of(
                new RiskCheckResult.PositionValue(
                    "SPY", BigDecimal.TEN, new BigDecimal("501.35"), new BigDecimal("440.10"))),
            List.of(
                new RiskCheckResult.Measurement(
                    RiskMeasure.DAILY_LOSS,
                    null,
                    new BigDecimal("0.006"),
                    new BigDecimal("0.05"),
                    false,
                    RiskAction.FLATTEN,
                    null),
                new RiskCheckResult.Measurement(
                    RiskMeasure.POSITION_LOSS,
                    "SPY",
                    new BigDecimal("0.122170"),
                    new BigDecimal("0.1"),
                    true,
                    RiskAction.REDUCE,
                    RiskAction.REDUCE),
                new RiskCheckResult.Measurement(
                    RiskMeasure.GROSS_LEVERAGE,
                    null,
                    new BigDecimal("0.044276"),
                    null,
                    false,
                    RiskAction.REPORT,
                    null)),
            RiskAction.REDUCE,
            RiskAction.REDUCE,
            List.of(),
            List.of(),
            List.of(
                new RiskCheckResult.ClosingOrder(
                    "SPY",
                    OrderSide.SELL,
                    BigDecimal.TEN,
                    BigDecimal.TEN,
                    BigDecimal.ZERO,
                    new BigDecimal("440.10"),
                    RiskMeasure.POSITION_LOSS)),
            List.of(sold),
            List.of());
    return Outcome.builder(runId, "risk-check")
        .status(OutcomeStatus.OK)
        .tradingMode(TradingMode.PAPER)
        .account(account)
        .trigger(OutcomeTrigger.plain(TriggerSource.SCHEDULER))
        .startedAt(STARTED)
        .endedAt(ENDED)
        .result(OutcomeJson.toTree(result))
        .warning("limit-breached", "position-loss of SPY is 0.122170, above its limit 0.1")
        .build();
  }

  /** A poison message: rejected, no account known, no result. */
  public static Outcome rejected(String runId) {
    return Outcome.builder(runId, "allocation")
        .status(OutcomeStatus.REJECTED)
        .tradingMode(TradingMode.PAPER)
        .trigger(OutcomeTrigger.plain(TriggerSource.DIRECT))
        .startedAt(STARTED)
        .endedAt(STARTED)
        .error("invalid-message", "message.data is not base64")
        .build();
  }
}
