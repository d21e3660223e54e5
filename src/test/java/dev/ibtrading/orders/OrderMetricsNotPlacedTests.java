package dev.ibtrading.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.closeall.CloseAllOptions;
import dev.ibtrading.closeall.CloseAllScope;
import dev.ibtrading.run.OrderMetrics;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Orders whose placement failed count as {@code refused} or {@code unconfirmed}, never twice. */
class OrderMetricsNotPlacedTests {
  private static final Instant NOW = Instant.parse("2025-01-02T17:00:00Z");

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final Broker broker = mock(Broker.class);

  private static OrderLine sell(String symbol) {
    Contract contract = new Contract(symbol.hashCode(), symbol, "USD", "ARCA", null, symbol);
    return new OrderLine(
        contract, OrderSide.SELL, BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("100"), null);
  }

  private RunContext context() {
    return new RunContext(
        "run-refused",
        Intent.CLOSE_ALL,
        new CloseAllOptions(CloseAllScope.OWN, false, Map.of()),
        Delivery.direct(),
        TradingMode.PAPER,
        null,
        NOW,
        NOW.plusSeconds(60),
        Clock.fixed(NOW, ZoneOffset.UTC),
        new OrderMetrics(meters));
  }

  private double orders(String status) {
    return meters
        .get("ibtrading.orders")
        .tags("intent", "close-all", "status", status, "fill", "none")
        .counter()
        .count();
  }

  @Test
  void aRefusedOrderCountsAsRefusedAndTheNextOneIsStillPlaced() {
    when(broker.placeOrder(any()))
        .thenThrow(new BrokerException("no such contract", false, null))
        .thenThrow(new BrokerException("no such contract", false, null));

    new OrderPlacer(broker, Duration.ofSeconds(1))
        .place(List.of(sell("SPY"), sell("QQQ")), OrderProperties.MARKET_DAY, context());

    verify(broker, times(2)).placeOrder(any());
    assertThat(orders("refused")).isEqualTo(2);
  }

  @Test
  void anUnconfirmedOrderCountsOnceAndStopsTheRest() {
    when(broker.placeOrder(any())).thenThrow(new BrokerException("connection lost", true, null));

    new OrderPlacer(broker, Duration.ofSeconds(1))
        .place(List.of(sell("SPY"), sell("QQQ")), OrderProperties.MARKET_DAY, context());

    verify(broker, times(1)).placeOrder(any());
    assertThat(orders("unconfirmed")).isEqualTo(1);
    assertThat(meters.find("ibtrading.orders").counters()).hasSize(1);
  }
}
