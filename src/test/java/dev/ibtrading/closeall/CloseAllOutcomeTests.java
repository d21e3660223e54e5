package dev.ibtrading.closeall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.allocation.AllocationFixture;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.run.IntentResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * How a close-all ends when not everything goes to plan: partial fills, refusals, a closed market,
 * unconfirmed cancels, limit orders and their prices. Paper gateway over real sockets.
 */
class CloseAllOutcomeTests extends PaperCloseAllTestSupport {
  /** Waits briefly for fills, so that a partial run ends soon. */
  private static final CloseAllSettings QUICK =
      new CloseAllSettings(Duration.ofMillis(500), Duration.ofSeconds(1));

  private IntentResult run(String runKey, CloseAllOptions options) {
    return handler(broker, QUICK).run(context(runKey, options, true));
  }

  @Test
  void anOrderFilledInPartByTheDeadlineIsPartialAndLeftWorking() {
    hold("SPY", "20");
    // The second half waits for the gateway's clock, which stands still: never within the run.
    PaperOrderRules.of(paper.gateway).partialFills(2, Duration.ofMinutes(1));

    IntentResult result = run("close-half", options(CloseAllScope.OWN, false));

    assertThat(result.status()).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(result.errors()).extracting(Problem::code).containsExactly("order-working");
    assertThat(result.errors().get(0).message()).contains("SELL 20 SPY").contains("10 filled");
    assertThat(paper.held("SPY")).isEqualByComparingTo("10");
    JsonNode order = result.result().path("orders").get(0);
    assertThat(order.path("status").stringValue()).isIn("submitted", "pre_submitted");
    assertThat(order.path("filled").decimalValue()).isEqualByComparingTo("10");
    assertThat(order.path("remaining").decimalValue()).isEqualByComparingTo("10");
    assertThat(result.result().path("positionsAfter").get(0).path("quantity").decimalValue())
        .isEqualByComparingTo("10");
    assertThat(broker.ownOpenOrders()).hasSize(1);
  }

  @Test
  void aClosingOrderTheBrokerRefusesFailsTheRun() {
    hold("SPY", "20");
    hold("QQQ", "5");
    PaperOrderRules.of(paper.gateway)
        .rejectWhen(t -> t.symbol().equals("QQQ"), "no trading in QQQ today");

    IntentResult result = run("close-refused", options(CloseAllScope.OWN, false));

    assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(result.errors()).extracting(Problem::code).containsExactly("order-rejected");
    assertThat(result.errors().get(0).message()).contains("no trading in QQQ today");
    assertThat(paper.held("SPY")).isZero();
    assertThat(paper.held("QQQ")).isEqualByComparingTo("5");
  }

  @Test
  void onAMarketHolidayOrdersAreCancelledAndNoPositionIsClosed() {
    hold("SPY", "20");
    OrderReport own = resting(broker, "SPY", OrderSide.SELL, 5);
    paper.clock.set(Instant.parse("2025-12-25T17:00:00Z"));

    IntentResult result = run("close-xmas", options(CloseAllScope.OWN, false));

    assertThat(result.status()).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).extracting(Problem::code).containsExactly("market-closed");
    assertThat(result.warnings().get(0).message()).contains("Christmas");
    assertThat(broker.ownOpenOrders()).isEmpty();
    assertThat(result.result().path("cancelled").get(0).path("orderId").intValue())
        .isEqualTo(own.orderId());
    assertThat(paper.held("SPY")).isEqualByComparingTo("20");
    assertThat(result.result().path("planned").get(0).path("quantity").decimalValue())
        .isEqualByComparingTo("20");
    assertThat(result.result().path("orders").size()).isZero();
  }

  @Test
  void aPositionWhoseOrderIsStillWorkingAfterTheCancelIsNotClosed() {
    hold("SPY", "20");
    hold("QQQ", "-10");
    OrderReport other = resting(otherClient, "SPY", OrderSide.SELL, 20);
    PaperOrderRules.of(paper.gateway).holdCancels();

    IntentResult result = run("close-stuck", options(CloseAllScope.ALL, false));

    assertThat(result.status()).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(result.errors())
        .extracting(Problem::code)
        .containsExactly("order-still-open", "not-closed");
    assertThat(result.errors().get(1).message()).startsWith("SPY 20 not closed");
    assertThat(paper.held("SPY")).isEqualByComparingTo("20");
    assertThat(paper.held("QQQ")).isZero();
    assertThat(otherClient.ownOpenOrders())
        .extracting(OrderReport::permId)
        .containsExactly(other.permId());
  }

  @Test
  void limitClosingOrdersAreSetFromAQuote() {
    hold("SPY", "20");
    hold("QQQ", "-10");
    BigDecimal spyPrice = AllocationFixture.price(broker, "SPY");

    IntentResult result =
        run(
            "close-limit",
            options(CloseAllScope.OWN, "{\"orderType\":\"LMT\",\"limitOffsetBps\":50}"));

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("SPY")).isZero();
    assertThat(paper.held("QQQ")).isZero();
    for (JsonNode planned : result.result().path("planned")) {
      BigDecimal reference = planned.path("referencePrice").decimalValue();
      BigDecimal limit = planned.path("limitPrice").decimalValue();
      assertThat(planned.path("type").stringValue()).isEqualTo("lmt");
      // a sell's limit lies below the price, a buy's above: both fill at once
      assertThat(limit.compareTo(reference))
          .isEqualTo(planned.path("side").stringValue().equals("sell") ? -1 : 1);
    }
    assertThat(result.result().path("planned").findValuesAsString("symbol"))
        .containsExactlyInAnyOrder("SPY", "QQQ");
    for (JsonNode planned : result.result().path("planned")) {
      if (planned.path("symbol").stringValue().equals("SPY")) {
        assertThat(planned.path("referencePrice").decimalValue()).isEqualByComparingTo(spyPrice);
      }
    }
    assertThat(result.result().path("orders").findValuesAsString("type")).containsOnly("lmt");
  }

  @Test
  void orderPropertiesOutsideTheAllowListFailBeforeAnythingIsSent() {
    hold("SPY", "20");
    OrderReport own = resting(broker, "SPY", OrderSide.SELL, 5);

    IntentResult result = run("close-stop", options(CloseAllScope.OWN, "{\"orderType\":\"STP\"}"));

    assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(result.errors())
        .extracting(Problem::code)
        .containsExactly("invalid-order-properties");
    assertThat(result.errors().get(0).message()).contains("orderType").contains("STP");
    assertThat(paper.held("SPY")).isEqualByComparingTo("20");
    assertThat(broker.ownOpenOrders()).extracting(OrderReport::orderId).contains(own.orderId());
  }
}
