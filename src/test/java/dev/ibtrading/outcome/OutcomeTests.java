package dev.ibtrading.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.OrderType;
import dev.ibtrading.broker.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTests {

  @Test
  void statusesHaveLowerCaseWireNamesThatReadBack() {
    for (OutcomeStatus status : OutcomeStatus.values()) {
      assertThat(status.wireName()).isEqualTo(status.name().toLowerCase());
      assertThat(OutcomeStatus.fromWireName(status.wireName())).isSameAs(status);
    }
    assertThatThrownBy(() -> OutcomeStatus.fromWireName("OK"))
        .hasMessageContaining("outcome status: OK (expected: ok, partial");
    assertThat(TriggerSource.fromWireName("scheduler")).isEqualTo(TriggerSource.SCHEDULER);
  }

  @Test
  void theBuilderRejectsWhatTheSchemaWould() {
    Outcome valid = Outcomes.rejected("run-1");

    assertThatThrownBy(() -> Outcome.builder(" ", "allocation").build())
        .hasMessageContaining("runId");
    assertThatThrownBy(
            () ->
                Outcome.builder("run-1", "allocation")
                    .status(OutcomeStatus.OK)
                    .tradingMode(valid.tradingMode())
                    .trigger(valid.trigger())
                    .startedAt(Outcomes.ENDED)
                    .endedAt(Outcomes.STARTED)
                    .build())
        .hasMessageContaining("expected: not before startedAt");
    assertThatThrownBy(() -> new Problem("Bad Code", "x")).hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> OutcomeTrigger.pubSubPush("1", Instant.EPOCH, "s", 0))
        .hasMessageContaining("deliveryAttempt: 0");
  }

  @Test
  void aBlankAccountIsUnknownAndLeftOutOfTheAttributes() {
    Outcome outcome =
        Outcome.builder("run-7", "summary")
            .status(OutcomeStatus.FAILED)
            .tradingMode(dev.ibtrading.broker.TradingMode.LIVE)
            .account("  ")
            .trigger(OutcomeTrigger.plain(TriggerSource.SCHEDULER))
            .startedAt(Outcomes.STARTED)
            .endedAt(Outcomes.ENDED)
            .build();

    assertThat(outcome.account()).isNull();
    assertThat(OutcomeAttributes.of(outcome))
        .containsExactly(
            java.util.Map.entry("intent", "summary"),
            java.util.Map.entry("status", "failed"),
            java.util.Map.entry("runId", "run-7"),
            java.util.Map.entry("tradingMode", "live"));
    assertThat(OutcomeAttributes.orderingKey(outcome)).isEmpty();
  }

  @Test
  void anOrderReportBecomesAnOrderWithItsFillsCommission() {
    Contract spy =
        new Contract(756733, "SPY", "USD", "ARCA", new BigDecimal("0.01"), "SPDR S&P 500");
    OrderRequest request =
        new OrderRequest(
            spy,
            OrderSide.SELL,
            new BigDecimal("5"),
            OrderType.MKT,
            null,
            TimeInForce.DAY,
            "run-1",
            false,
            null,
            null);
    OrderReport report =
        new OrderReport(
            42,
            7001L,
            request,
            OrderStatus.FILLED,
            new BigDecimal("5"),
            BigDecimal.ZERO,
            new BigDecimal("500.10"),
            List.of(
                fill("e1", new BigDecimal("0.35")),
                fill("e2", new BigDecimal("0.65")),
                fill("e3", null)),
            "");

    ReportedOrder order = ReportedOrder.from(report);

    assertThat(order)
        .isEqualTo(
            new ReportedOrder(
                42,
                7001L,
                "SPY",
                OrderSide.SELL,
                new BigDecimal("5"),
                OrderType.MKT,
                OrderStatus.FILLED,
                new BigDecimal("5"),
                BigDecimal.ZERO,
                "run-1",
                new BigDecimal("500.10"),
                new BigDecimal("1.00")));
  }

  @Test
  void anOrderWithoutCommissionReportsHasNone() {
    Contract spy = new Contract(756733, "SPY", "USD", "ARCA", new BigDecimal("0.01"), "SPDR");
    OrderRequest request =
        new OrderRequest(
            spy,
            OrderSide.BUY,
            BigDecimal.ONE,
            OrderType.MKT,
            null,
            TimeInForce.DAY,
            "r",
            false,
            null,
            null);
    OrderReport report =
        new OrderReport(
            1,
            2L,
            request,
            OrderStatus.SUBMITTED,
            BigDecimal.ZERO,
            BigDecimal.ONE,
            null,
            List.of(),
            "");

    assertThat(ReportedOrder.from(report).commission()).isNull();
    assertThat(ReportedOrder.from(report).averagePrice()).isNull();
  }

  private static Fill fill(String execId, BigDecimal commission) {
    return new Fill(
        execId,
        42,
        "DU0000001",
        null,
        OrderSide.SELL,
        BigDecimal.ONE,
        new BigDecimal("500.10"),
        Instant.EPOCH,
        "run-1",
        commission);
  }
}
