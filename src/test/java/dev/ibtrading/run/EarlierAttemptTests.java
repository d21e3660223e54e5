package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which orders belong to a run (exactly those whose {@code orderRef} is its run key), and how a
 * redelivery that found an earlier attempt ends.
 */
class EarlierAttemptTests {
  private static final OrderRequest SELL_EUR =
      OrderRequest.market(
          Contract.currencyPair("EUR", "USD"), OrderSide.SELL, new BigDecimal("5000"), "run-1");

  private static final OrderRequest SELL_EUR_OTHER_RUN =
      OrderRequest.market(
          Contract.currencyPair("EUR", "USD"), OrderSide.SELL, new BigDecimal("5000"), "run-10");

  private static OrderReport report(OrderStatus status, String filled, String lastError) {
    BigDecimal done = new BigDecimal(filled);
    return new OrderReport(
        7,
        1007L,
        SELL_EUR,
        status,
        done,
        SELL_EUR.quantity().subtract(done),
        null,
        List.of(),
        lastError);
  }

  private static EarlierAttempt ended(OrderReport order) {
    return new EarlierAttempt(List.of(), List.of(), List.of(order));
  }

  @Test
  void anAttemptWhoseOrdersAllFilledIsOk() {
    EarlierAttempt earlier = ended(report(OrderStatus.FILLED, "5000", ""));

    assertThat(earlier.status(List.of())).isEqualTo(OutcomeStatus.OK);
    assertThat(earlier.problems()).isEmpty();
  }

  @Test
  void anOrderThatEndedShortWithoutAnErrorLeavesItPartial() {
    EarlierAttempt earlier = ended(report(OrderStatus.CANCELLED, "2000", ""));

    assertThat(earlier.status(List.of())).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(earlier.problems())
        .extracting(Problem::code)
        .containsExactly("order-ended-unfilled");
  }

  @Test
  void aRejectedOrderFailsItAsItFailedTheAttempt() {
    EarlierAttempt earlier = ended(report(OrderStatus.INACTIVE, "0", "201 no permissions"));

    assertThat(earlier.status(List.of())).isEqualTo(OutcomeStatus.FAILED);
    assertThat(earlier.problems()).extracting(Problem::code).containsExactly("order-rejected");
  }

  @Test
  void anOpenOrderOrWhatTheIntentReportsLeavesItPartial() {
    EarlierAttempt open =
        new EarlierAttempt(List.of(report(OrderStatus.SUBMITTED, "0", "")), List.of());
    EarlierAttempt filled = ended(report(OrderStatus.FILLED, "5000", ""));

    assertThat(open.status(List.of())).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(filled.status(List.of(new Problem("flatten-not-filled", "still open"))))
        .isEqualTo(OutcomeStatus.PARTIAL);
  }

  @Test
  void anOrderThatEndedUnfilledBeforeARestartIsFoundAmongTheCompletedOrders() {
    Broker broker = mock(Broker.class);
    when(broker.completedOrders())
        .thenReturn(
            List.of(
                completed(SELL_EUR, OrderStatus.CANCELLED, ""),
                completed(SELL_EUR_OTHER_RUN, OrderStatus.CANCELLED, "")));

    EarlierAttempt earlier = EarlierAttempt.find(broker, "run-1");

    assertThat(earlier.isEmpty()).isFalse();
    assertThat(earlier.endedOrders()).extracting(OrderReport::permId).containsExactly(2001L);
    assertThat(earlier.status(List.of())).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(earlier.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("order-ended-unfilled");
              assertThat(p.message()).startsWith("order permId 2001 (SELL 5000 EUR)");
            });
    assertThat(earlier.notice("run-1").message()).contains("1 ended order(s)");
  }

  @Test
  void aCompletedOrderInAStatusThisWorkerDoesNotKnowStillCountsAsAnAttempt() {
    Broker broker = mock(Broker.class);
    when(broker.completedOrders())
        .thenReturn(List.of(completed(SELL_EUR, OrderStatus.UNKNOWN, "")));

    EarlierAttempt earlier = EarlierAttempt.find(broker, "run-1");

    assertThat(earlier.isEmpty()).isFalse();
    assertThat(earlier.status(List.of())).isEqualTo(OutcomeStatus.PARTIAL);
  }

  @Test
  void aCompletedOrderRejectedBeforeARestartFailsTheRedelivery() {
    Broker broker = mock(Broker.class);
    when(broker.completedOrders())
        .thenReturn(List.of(completed(SELL_EUR, OrderStatus.INACTIVE, "Rejected")));

    EarlierAttempt earlier = EarlierAttempt.find(broker, "run-1");

    assertThat(earlier.status(List.of())).isEqualTo(OutcomeStatus.FAILED);
    assertThat(earlier.problems()).extracting(Problem::code).containsExactly("order-rejected");
  }

  @Test
  void anOrderThisSessionStillTracksIsNotCountedTwiceFromTheCompletedOrders() {
    Broker broker = mock(Broker.class);
    OrderReport tracked = report(OrderStatus.FILLED, "5000", "");
    Fill fill =
        new Fill(
            "exec-1",
            tracked.orderId(),
            "DU1",
            SELL_EUR.contract(),
            OrderSide.SELL,
            SELL_EUR.quantity(),
            new BigDecimal("1.05"),
            Instant.parse("2025-01-03T15:00:00Z"),
            "run-1",
            null);
    when(broker.executions()).thenReturn(List.of(fill));
    when(broker.order(tracked.orderId())).thenReturn(Optional.of(tracked));
    OrderReport sameAtBroker =
        new OrderReport(
            0,
            tracked.permId(),
            SELL_EUR,
            OrderStatus.FILLED,
            SELL_EUR.quantity(),
            BigDecimal.ZERO,
            null,
            List.of(),
            "");
    when(broker.completedOrders()).thenReturn(List.of(sameAtBroker));

    EarlierAttempt earlier = EarlierAttempt.find(broker, "run-1");

    assertThat(earlier.endedOrders()).containsExactly(tracked);
    assertThat(earlier.status(List.of())).isEqualTo(OutcomeStatus.OK);
  }

  private static OrderReport completed(OrderRequest request, OrderStatus status, String error) {
    long permId = request.orderRef().equals("run-1") ? 2001L : 2002L;
    return new OrderReport(
        0, permId, request, status, BigDecimal.ZERO, request.quantity(), null, List.of(), error);
  }

  @Test
  void anOrderOfTheRunIsItsOwn() {
    assertThat(EarlierAttempt.ofRun("allocation:123", "allocation:123")).isTrue();
    assertThat(EarlierAttempt.ofRun("nightly-2026-12-04", "nightly-2026-12-04")).isTrue();
  }

  @Test
  void aRunIdThatIsAPrefixOfOtherRunKeysClaimsNoneOfTheirOrders() {
    // runId=allocation or runId=close-all are valid run keys; the worker derives
    // allocation:<messageId> and close-all:<messageId> for other runs.
    assertThat(EarlierAttempt.ofRun("allocation:123", "allocation")).isFalse();
    assertThat(EarlierAttempt.ofRun("close-all:9", "close-all")).isFalse();
    assertThat(EarlierAttempt.ofRun("nightly:retry", "nightly")).isFalse();
  }

  @Test
  void anOrderWithoutReferenceBelongsToNoRun() {
    assertThat(EarlierAttempt.ofRun(null, "allocation")).isFalse();
    assertThat(EarlierAttempt.ofRun("", "allocation")).isFalse();
  }
}
