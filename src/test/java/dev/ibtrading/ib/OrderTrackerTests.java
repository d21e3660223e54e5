package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.message.CommissionReport;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.Execution;
import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.OrderStatusMessage;
import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The tracker merges repeated and reordered order messages into one consistent report (§5.3). */
class OrderTrackerTests {
  private static final int CLIENT = 7;
  private static final int ID = 41;
  private static final WireContract AAPL =
      WireContract.stock(265598, "AAPL", "SMART", "", "USD", "AAPL", "NMS");

  private OrderTracker tracker;

  @BeforeEach
  void setUp() {
    tracker = new OrderTracker(CLIENT);
    tracker.register(ID, PaperTrading.market("AAPL", OrderSide.BUY, 10));
  }

  private OrderReport report() {
    return tracker.report(ID).orElseThrow();
  }

  @Nested
  class Statuses {
    @Test
    void placedButUnansweredIsPendingSubmit() {
      assertThat(report().status()).isEqualTo(OrderStatus.PENDING_SUBMIT);
      assertThat(tracker.acknowledged(ID).orElseThrow()).isNotDone();
    }

    @Test
    void firstStatusAcknowledges() {
      tracker.accept(open("PreSubmitted"));

      assertThat(report().status()).isEqualTo(OrderStatus.PRE_SUBMITTED);
      assertThat(report().permId()).isEqualTo(900L);
      assertThat(tracker.acknowledged(ID).orElseThrow()).isDone();
    }

    @Test
    void aStaleWorkingStatusAfterFilledChangesNothing() {
      tracker.accept(status("Submitted", 0));
      tracker.accept(execution("e1", 10, 10));
      tracker.accept(status("Filled", 10));
      tracker.accept(status("Submitted", 0));
      tracker.accept(open("Submitted"));

      assertThat(report().status()).isEqualTo(OrderStatus.FILLED);
      assertThat(report().filled()).isEqualByComparingTo("10");
    }

    @Test
    void otherClientsOrdersAreNotTracked() {
      tracker.accept(
          new OrderStatusMessage(
              99, "Submitted", BigDecimal.ZERO, BigDecimal.ONE, 0, 1, 0, 0, 8, "", 0));

      assertThat(tracker.isTracked(99)).isFalse();
    }
  }

  @Nested
  class Fills {
    @Test
    void executionsAreDeduplicatedByExecId() {
      tracker.accept(execution("e1", 4, 4));
      tracker.accept(execution("e1", 4, 4));
      tracker.accept(execution("e2", 6, 10));

      assertThat(report().fills()).hasSize(2);
      assertThat(report().status()).isEqualTo(OrderStatus.FILLED); // executions are authoritative
      assertThat(report().averageFillPrice()).isEqualByComparingTo("150.3"); // (4x150 + 6x150.5)/10
    }

    @Test
    void filledStatusBeforeItsExecutionsSettlesOnlyWhenTheyArrive() {
      tracker.accept(status("Filled", 10));
      boolean settledEarly = tracker.settled(ID).orElseThrow().isDone();
      tracker.accept(execution("e1", 10, 10));

      assertThat(settledEarly).isFalse();
      assertThat(tracker.settled(ID).orElseThrow()).isDone();
    }

    @Test
    void commissionJoinsByExecIdWhicheverComesFirst() {
      tracker.accept(new CommissionReport("e1", 1.25, "USD", null, null, null));
      tracker.accept(execution("e1", 10, 10));

      assertThat(report().fills().get(0).commission()).isEqualByComparingTo("1.25");
    }

    @Test
    void executionsBeforeTheOrderIsKnownAreClaimedLater() {
      tracker.accept(execution(77, "x1", 5, 5));
      tracker.accept(
          new OrderStatusMessage(
              77, "Filled", BigDecimal.valueOf(5), BigDecimal.ZERO, 150, 5, 0, 150, CLIENT, "", 0));

      assertThat(tracker.report(77).orElseThrow().fills()).hasSize(1);
    }
  }

  @Nested
  class Errors {
    @Test
    void rejectionCancelsWithTheReason() {
      tracker.accept(new ErrorMessage(ID, 201, "Order rejected - reason: margin"));
      tracker.accept(status("Cancelled", 0));

      assertThat(report().status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(report().lastError()).isEqualTo("201: Order rejected - reason: margin");
      assertThat(tracker.settled(ID).orElseThrow()).isDone();
    }

    @Test
    void inactiveReportedByTheGatewayStaysInactiveWhenItsRejectionFollows() {
      tracker.accept(open("PreSubmitted"));
      tracker.accept(status("Inactive", 0));
      tracker.accept(new ErrorMessage(ID, 201, "Order rejected - reason: margin"));

      assertThat(report().status()).isEqualTo(OrderStatus.INACTIVE);
      assertThat(report().lastError()).startsWith("201");
    }

    @Test
    void theGatewaysOwnTerminalStatusRefinesARejection() {
      tracker.accept(new ErrorMessage(ID, 201, "Order rejected - reason: margin"));
      tracker.accept(status("Inactive", 0));

      assertThat(report().status()).isEqualTo(OrderStatus.INACTIVE);
    }

    @Test
    void aCancelConfirmationAfterFilledChangesNothing() {
      tracker.accept(execution("e1", 10, 10));
      tracker.accept(status("Filled", 10));
      tracker.accept(new ErrorMessage(ID, 202, "Order Canceled - reason:"));

      assertThat(report().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void duplicateIdFailsTheOrderAndLaterMessagesWithTheIdAreIgnored() {
      tracker.accept(new ErrorMessage(ID, 103, "Duplicate order id"));
      tracker.accept(open("Submitted"));
      tracker.accept(execution("other", 10, 10));

      assertThat(report().status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(report().fills()).isEmpty();
      assertThat(report().lastError()).startsWith("103");
    }

    @Test
    void warning399KeepsTheOrderGoing() {
      tracker.accept(new ErrorMessage(ID, 399, "Order Message: ... Warning: not placed until ..."));
      boolean acknowledgedByWarning = tracker.acknowledged(ID).orElseThrow().isDone();
      tracker.accept(open("PreSubmitted"));

      assertThat(acknowledgedByWarning).isFalse();
      assertThat(report().status()).isEqualTo(OrderStatus.PRE_SUBMITTED);
      assertThat(report().lastError()).startsWith("399");
    }

    @Test
    void anErrorBeforeAnyStatusEndsTheOrderOnlyUntilTheGatewaySaysItWorks() {
      tracker.accept(new ErrorMessage(ID, 110, "The price does not conform"));
      OrderStatus afterError = report().status();
      tracker.accept(status("Submitted", 0));

      assertThat(afterError).isEqualTo(OrderStatus.CANCELLED);
      assertThat(report().status()).isEqualTo(OrderStatus.SUBMITTED);
      assertThat(tracker.settled(ID).orElseThrow()).isNotDone();
    }

    @Test
    void failedCancelRestoresTheStatusAndFailsTheWatch() {
      tracker.accept(status("Submitted", 0));
      var watch = tracker.watchCancel(ID);
      OrderStatus pending = report().status();
      tracker.accept(
          new ErrorMessage(ID, 161, "Cancel attempted when order is not in a cancellable state"));

      assertThat(pending).isEqualTo(OrderStatus.PENDING_CANCEL);
      assertThat(report().status()).isEqualTo(OrderStatus.SUBMITTED);
      assertThat(watch).isCompletedExceptionally();
    }

    @Test
    void cancelConfirmationCompletesTheWatch() {
      tracker.accept(status("Submitted", 0));
      var watch = tracker.watchCancel(ID);
      tracker.accept(new ErrorMessage(ID, 202, "Order Canceled - reason:"));

      assertThat(watch).isCompleted();
      assertThat(report().status()).isEqualTo(OrderStatus.CANCELLED);
    }
  }

  private static OpenOrder open(String status) {
    return new OpenOrder(
        ID,
        AAPL,
        OrderTerms.of("BUY", BigDecimal.TEN, "MKT", null, "DAY", "DU1", "test-run"),
        CLIENT,
        900L,
        status);
  }

  private static OrderStatusMessage status(String status, int filled) {
    return new OrderStatusMessage(
        ID,
        status,
        BigDecimal.valueOf(filled),
        BigDecimal.valueOf(10 - filled),
        150.0,
        900L,
        0,
        150.0,
        CLIENT,
        "",
        0);
  }

  private static ExecutionData execution(String execId, int shares, int cumulative) {
    return execution(ID, execId, shares, cumulative);
  }

  private static ExecutionData execution(int orderId, String execId, int shares, int cumulative) {
    double price = execId.equals("e2") ? 150.5 : 150.0;
    return new ExecutionData(
        -1,
        AAPL,
        new Execution(
            orderId,
            execId,
            "20250103 12:00:00 US/Eastern",
            "DU1",
            "NASDAQ",
            "BOT",
            BigDecimal.valueOf(shares),
            price,
            900L,
            CLIENT,
            0,
            BigDecimal.valueOf(cumulative),
            price,
            "test-run",
            "",
            null,
            "",
            0));
  }
}
