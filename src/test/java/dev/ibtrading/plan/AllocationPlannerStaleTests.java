package dev.ibtrading.plan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.Quote;
import dev.ibtrading.strategy.FixedWeightStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A price of zero or none, or only a close older than the previous session, refuses the plan (issue
 * 15). The paper gateway never quotes zero, so the broker is a stub here.
 */
class AllocationPlannerStaleTests {
  private static final LocalDate THURSDAY = LocalDate.parse("2025-01-02");
  private static final LocalDate PREVIOUS_SESSION = LocalDate.parse("2024-12-31");
  private static final Contract SPY = new Contract(756733, "SPY", "USD", "ARCA", null, "SPY");
  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private final Broker broker = mock(Broker.class);

  private AllocationPlan planWithQuoteOfZeroAndBars(List<Bar> bars) {
    BigDecimal netLiq = new BigDecimal("100000");
    when(broker.accountSnapshot())
        .thenReturn(
            new AccountSnapshot(
                "DU1",
                "USD",
                netLiq,
                netLiq,
                netLiq,
                netLiq,
                ZERO,
                ZERO,
                netLiq,
                BigDecimal.ONE,
                netLiq,
                Instant.EPOCH));
    when(broker.contract(any())).thenReturn(SPY);
    when(broker.quote(SPY))
        .thenReturn(
            new Quote(SPY, ZERO, ZERO, ZERO, ZERO, MarketDataType.REALTIME, Instant.EPOCH, null));
    when(broker.dailyBars(any(), any(), anyInt())).thenReturn(bars);
    FixedWeightStrategy allSpy =
        new FixedWeightStrategy("spy", Map.of(Instrument.usStock("SPY"), BigDecimal.ONE));
    return new AllocationPlanner(broker, AllocationSettings.defaults())
        .plan(List.of(allSpy), THURSDAY, false, PREVIOUS_SESSION, new ArrayList<>());
  }

  private static Bar closeOf(String date, String close) {
    BigDecimal price = new BigDecimal(close);
    return new Bar(LocalDate.parse(date), price, price, price, price, BigDecimal.TEN);
  }

  @Test
  void aQuoteOfZeroAndNoBarRefuses() {
    assertThatThrownBy(() -> planWithQuoteOfZeroAndBars(List.of()))
        .isInstanceOf(StaleMarketDataException.class)
        .hasMessageContaining("SPY: no quote and no daily bar");
  }

  @Test
  void aQuoteOfZeroAndACloseTwoWeeksOldRefuses() {
    assertThatThrownBy(() -> planWithQuoteOfZeroAndBars(List.of(closeOf("2024-12-13", "590"))))
        .isInstanceOf(StaleMarketDataException.class)
        .hasMessageContaining("2024-12-13")
        .hasMessageContaining("older than the previous session 2024-12-31");
  }

  @Test
  void aCloseOfZeroRefuses() {
    assertThatThrownBy(() -> planWithQuoteOfZeroAndBars(List.of(closeOf("2024-12-31", "0"))))
        .isInstanceOf(StaleMarketDataException.class)
        .hasMessageContaining("SPY: no quote, and the last close (of 2024-12-31) is 0");
  }
}
