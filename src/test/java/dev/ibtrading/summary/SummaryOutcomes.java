package dev.ibtrading.summary;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.Position;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.OutcomeTrigger;
import dev.ibtrading.outcome.Outcomes;
import dev.ibtrading.outcome.TriggerSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Summary outcomes to validate in tests. */
public final class SummaryOutcomes {
  private SummaryOutcomes() {}

  /**
   * A summary of an account without real-time subscriptions: SPY valued at a delayed quote 15
   * minutes old, VIXY at a frozen one, AAPL without a price.
   */
  public static Outcome delayedFrozenAndMissing(String runId) {
    Instant asOf = Instant.parse("2026-03-02T15:00:00Z");
    List<SummaryResult.PositionValue> positions =
        List.of(
            SummaryResult.PositionValue.of(
                position("SPY", 756733, "10", "500.00"),
                new BigDecimal("502.50"),
                MarketDataType.DELAYED,
                asOf.minusSeconds(900),
                900L),
            SummaryResult.PositionValue.of(
                position("VIXY", 263324876, "-5", "12.00"),
                new BigDecimal("11.90"),
                MarketDataType.FROZEN,
                asOf.minusSeconds(61_200),
                61_200L),
            SummaryResult.PositionValue.of(
                position("AAPL", 265598, "3", "180.00"), null, null, null, null));
    SummaryResult result =
        new SummaryResult(
            new AccountSnapshot(
                "DU0000001",
                "USD",
                new BigDecimal("100250.40"),
                new BigDecimal("95000.00"),
                new BigDecimal("100250.40"),
                new BigDecimal("100000.00"),
                new BigDecimal("5565.00"),
                new BigDecimal("1391.25"),
                new BigDecimal("98859.15"),
                new BigDecimal("0.986"),
                new BigDecimal("395436.60"),
                asOf),
            positions,
            List.of(),
            List.of());
    return Outcome.builder(runId, "summary")
        .status(OutcomeStatus.OK)
        .tradingMode(TradingMode.PAPER)
        .account("DU0000001")
        .trigger(OutcomeTrigger.plain(TriggerSource.SCHEDULER))
        .startedAt(Outcomes.STARTED)
        .endedAt(Outcomes.ENDED)
        .result(OutcomeJson.toTree(result))
        .warning("no-price", "AAPL: no security definition")
        .warning(
            "delayed-market-data", "priced from delayed market data, not real time: SPY (delayed)")
        .warning(
            "frozen-market-data",
            "priced from frozen market data, the last values before the market closed:"
                + " VIXY (last trade 1020 min old)")
        .build();
  }

  private static Position position(String symbol, int conId, String quantity, String cost) {
    return new Position(
        "DU0000001",
        new Contract(conId, symbol, "USD", "ARCA", new BigDecimal("0.01"), symbol),
        new BigDecimal(quantity),
        new BigDecimal(cost));
  }
}
