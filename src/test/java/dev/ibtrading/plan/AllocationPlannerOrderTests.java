package dev.ibtrading.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.Position;
import dev.ibtrading.broker.Quote;
import dev.ibtrading.strategy.FixedWeightStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order legs are placed in: those that shrink a position first, then sells before buys, then by
 * symbol, whatever order the strategy lists its instruments in. The broker is a stub: the order is
 * the plan's, and five instruments with positions both ways are more than the paper universe needs.
 */
class AllocationPlannerOrderTests {
  private static final LocalDate THURSDAY = LocalDate.parse("2025-01-02");
  private static final LocalDate PREVIOUS_SESSION = LocalDate.parse("2024-12-31");
  private static final BigDecimal NET_LIQ = new BigDecimal("100000");
  private static final BigDecimal PRICE = new BigDecimal("100");

  private final Broker broker = mock(Broker.class);

  /**
   * AAA and EEE are bought from nothing, BBB (200 long) sold to nothing, CCC sold short from
   * nothing, DDD (200 short) bought back to nothing, each 100 or 200 shares at 100.
   */
  private List<String> placementOrder(FixedWeightStrategy strategy) {
    doReturn(
            new AccountSnapshot(
                "DU1",
                "USD",
                NET_LIQ,
                NET_LIQ,
                NET_LIQ,
                NET_LIQ,
                new BigDecimal("40000"),
                BigDecimal.ZERO,
                NET_LIQ,
                BigDecimal.ONE,
                NET_LIQ,
                Instant.EPOCH))
        .when(broker)
        .accountSnapshot();
    doAnswer(invocation -> contract(invocation.<Instrument>getArgument(0).symbol()))
        .when(broker)
        .contract(any());
    doAnswer(
            invocation ->
                new Quote(
                    invocation.getArgument(0),
                    PRICE,
                    PRICE,
                    PRICE,
                    PRICE,
                    MarketDataType.REALTIME,
                    Instant.EPOCH,
                    null))
        .when(broker)
        .quote(any());
    doReturn(
            List.of(
                new Position("DU1", contract("BBB"), new BigDecimal("200"), PRICE),
                new Position("DU1", contract("DDD"), new BigDecimal("-200"), PRICE)))
        .when(broker)
        .positions();
    doReturn(List.of()).when(broker).ownOpenOrders();
    AllocationPlan plan =
        new AllocationPlanner(broker, AllocationSettings.defaults().uncapped())
            .plan(List.of(strategy), THURSDAY, false, PREVIOUS_SESSION, new ArrayList<>());
    return plan.toPlace().stream()
        .map(line -> line.side() + " " + line.contract().symbol())
        .toList();
  }

  private static Contract contract(String symbol) {
    return new Contract(
        1000 + symbol.charAt(0), symbol, "USD", "ARCA", new BigDecimal("0.01"), symbol);
  }

  @Test
  void shrinkingLegsGoFirstThenSellsThenBuysEachBySymbol() {
    List<String> expected = List.of("SELL BBB", "BUY DDD", "SELL CCC", "BUY AAA", "BUY EEE");

    assertThat(
            placementOrder(
                FixedWeightStrategy.inOrder(
                    "listed-backwards",
                    "EEE",
                    "0.1",
                    "DDD",
                    "0",
                    "CCC",
                    "-0.1",
                    "BBB",
                    "0",
                    "AAA",
                    "0.1")))
        .isEqualTo(expected);
    assertThat(
            placementOrder(
                FixedWeightStrategy.inOrder(
                    "listed-mixed",
                    "CCC",
                    "-0.1",
                    "AAA",
                    "0.1",
                    "DDD",
                    "0",
                    "EEE",
                    "0.1",
                    "BBB",
                    "0")))
        .isEqualTo(expected);
  }
}
