package dev.ibtrading.closeall;

import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.OrderType;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.OutcomeTrigger;
import dev.ibtrading.outcome.Outcomes;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.outcome.TriggerSource;
import java.math.BigDecimal;
import java.util.List;

/** Close-all outcomes to validate in tests. */
public final class CloseAllOutcomes {
  private CloseAllOutcomes() {}

  /**
   * A scope-all close-all that cancelled a resting order and sold 10 SPY, bought back 5 VIXY short,
   * leaving nothing.
   */
  public static Outcome closedEverything(String runId) {
    return Outcome.builder(runId, "close-all")
        .status(OutcomeStatus.OK)
        .tradingMode(TradingMode.PAPER)
        .account("DU0000001")
        .trigger(OutcomeTrigger.plain(TriggerSource.SCHEDULER))
        .startedAt(Outcomes.STARTED)
        .endedAt(Outcomes.ENDED)
        .result(
            OutcomeJson.toTree(
                new CloseAllResult(
                    "all",
                    false,
                    List.of(
                        order(
                            9,
                            "QQQ",
                            OrderSide.BUY,
                            OrderType.LMT,
                            OrderStatus.CANCELLED,
                            "0",
                            "")),
                    List.of(
                        new CloseAllResult.ClosingOrder(
                            "SPY", OrderSide.SELL, BigDecimal.TEN, OrderType.MKT, null, null),
                        new CloseAllResult.ClosingOrder(
                            "VIXY",
                            OrderSide.BUY,
                            new BigDecimal("5"),
                            OrderType.LMT,
                            new BigDecimal("12.35"),
                            new BigDecimal("12.34"))),
                    List.of(
                        order(
                            21,
                            "SPY",
                            OrderSide.SELL,
                            OrderType.MKT,
                            OrderStatus.FILLED,
                            "10",
                            runId),
                        order(
                            22,
                            "VIXY",
                            OrderSide.BUY,
                            OrderType.LMT,
                            OrderStatus.FILLED,
                            "5",
                            runId)),
                    List.of(),
                    List.of(
                        new CloseAllResult.Holding("SPY", 756733, BigDecimal.TEN),
                        new CloseAllResult.Holding("VIXY", 12345, new BigDecimal("-5"))),
                    List.of(),
                    List.of())))
        .build();
  }

  private static ReportedOrder order(
      int id,
      String symbol,
      OrderSide side,
      OrderType type,
      OrderStatus status,
      String filled,
      String ref) {
    BigDecimal quantity = symbol.equals("VIXY") ? new BigDecimal("5") : BigDecimal.TEN;
    return new ReportedOrder(
        id,
        1_000_000L + id,
        symbol,
        side,
        quantity,
        type,
        status,
        new BigDecimal(filled),
        quantity.subtract(new BigDecimal(filled)),
        ref,
        status == OrderStatus.FILLED ? new BigDecimal("100.5") : null,
        status == OrderStatus.FILLED ? BigDecimal.ONE : null);
  }
}
