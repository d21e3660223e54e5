package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The matcher's price rules with prices the test sets, on a gateway that is never started. */
class PaperMatcherTests {
  private static final Instant NOW = Instant.parse("2025-01-03T17:00:00Z");
  private static final PaperInstrument AAPL = PaperUniverse.bySymbol("AAPL").orElseThrow();

  private final Map<String, Double> prices = new HashMap<>();
  private final List<PaperExecution> executions = new ArrayList<>();
  private PaperGateway gateway;
  private PaperMatcher matcher;

  @BeforeEach
  void setUp() {
    gateway = new PaperGateway(PaperGatewayConfig.forTests(), PaperClock.fixedAt(NOW));
    matcher =
        new PaperMatcher(gateway, new PaperOrderOutbox(gateway), executions::add, prices::get);
  }

  @Test
  void buyLimitWaitsUntilThePriceFallsToItThenFillsAtTheBetterPrice() {
    PaperOrder order = order("BUY", 10, "LMT", 150.0, 1);
    prices.put("AAPL", 150.01);

    matcher.evaluate(order, NOW);
    boolean filledAbove = order.filled.signum() > 0;
    prices.put("AAPL", 149.50);
    matcher.evaluate(order, NOW.plusSeconds(1));

    assertThat(filledAbove).isFalse();
    assertThat(order.status).isEqualTo(PaperOrder.FILLED);
    assertThat(executions)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.price()).isEqualByComparingTo("149.5");
              assertThat(e.side()).isEqualTo("BOT");
              assertThat(e.shares()).isEqualByComparingTo("10");
            });
    assertThat(gateway.account().holding("AAPL").orElseThrow().quantity())
        .isEqualByComparingTo("10");
  }

  @Test
  void sellLimitFillsOnlyAtOrAboveItsLimit() {
    PaperOrder order = order("SELL", 2, "LMT", 200.0, 1);
    prices.put("AAPL", 199.99);

    matcher.evaluate(order, NOW);
    int before = executions.size();
    prices.put("AAPL", 200.0);
    matcher.evaluate(order, NOW);

    assertThat(before).isZero();
    assertThat(executions)
        .singleElement()
        .satisfies(e -> assertThat(e.price()).isEqualByComparingTo("200"));
  }

  @Test
  void slicesAddUpToTheQuantityAndNeverOverfill() {
    PaperOrder order = order("BUY", 10, "MKT", null, 3);
    prices.put("AAPL", 100.0);

    for (int minute = 0; minute < 10; minute++) {
      matcher.evaluate(order, NOW.plus(Duration.ofMinutes(minute)));
    }

    assertThat(executions)
        .extracting(PaperExecution::shares)
        .map(BigDecimal::intValue)
        .containsExactly(3, 3, 4);
    assertThat(executions)
        .extracting(PaperExecution::cumQty)
        .map(BigDecimal::intValue)
        .containsExactly(3, 6, 10);
    assertThat(executions).extracting(PaperExecution::execId).doesNotHaveDuplicates();
    assertThat(order.filled).isEqualByComparingTo("10");
    assertThat(order.status).isEqualTo(PaperOrder.FILLED);
  }

  @Test
  void cancelledOrderDoesNotFill() {
    PaperOrder order = order("BUY", 5, "MKT", null, 1);
    prices.put("AAPL", 100.0);

    matcher.end(order, PaperOrder.CANCELLED);
    matcher.evaluate(order, NOW);

    assertThat(executions).isEmpty();
  }

  @Test
  void commissionIsPerShareWithAMinimum() {
    PaperOrder small = order("BUY", 10, "MKT", null, 1);
    PaperOrder large = order("BUY", 1000, "MKT", null, 1);
    prices.put("AAPL", 10.0);

    matcher.evaluate(small, NOW);
    matcher.evaluate(large, NOW);

    assertThat(executions.get(0).commission()).isEqualByComparingTo("1.0");
    assertThat(executions.get(1).commission()).isEqualByComparingTo("5.0");
  }

  private PaperOrder order(String action, int shares, String type, Double limit, int slices) {
    OrderTerms terms =
        OrderTerms.of(action, BigDecimal.valueOf(shares), type, limit, "DAY", "DU0000001", "t");
    PaperOrder order =
        new PaperOrder(
            7,
            executions.size() + 1,
            100 + shares,
            AAPL,
            WireContract.stock(AAPL.conId(), "AAPL", "SMART", "", "USD", "AAPL", "NMS"),
            terms,
            slices,
            Duration.ofMinutes(1));
    order.status = PaperOrder.SUBMITTED;
    order.nextFillAt = NOW;
    return order;
  }
}
