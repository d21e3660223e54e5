package dev.ibtrading.eodcheck;

import static dev.ibtrading.eodcheck.EodCheckFixture.THURSDAY_1555;
import static dev.ibtrading.eodcheck.EodCheckFixture.hold;
import static dev.ibtrading.eodcheck.EodCheckFixture.options;
import static dev.ibtrading.eodcheck.EodCheckFixture.restingBuy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.allocation.PaperAllocationTestSupport;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.TradingBlock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What keeps an eod-check from acting when it must not: kill switch, dry run, a closed session,
 * holidays, a redelivery; and how refusals and slow fills end.
 */
class EodCheckSafetyTests extends PaperAllocationTestSupport {
  private static final EodSettings FLAT = EodSettings.defaults().withEnforceFlat(true);

  private IntentResult eod(IbBroker on, String runKey, boolean dryRun, TradingBlock block) {
    return EodCheckFixture.handler(on, FLAT)
        .run(EodCheckFixture.context(paper, runKey, options(dryRun, null), block));
  }

  @Test
  void theKillSwitchReconcilesAndReportsWhatItWouldDoButDoesNothing() {
    paper.clock.set(THURSDAY_1555);
    hold(paper, "SPY", "10");
    OrderReport leftover = restingBuy(broker, "SPY", "allocation:m-1");

    IntentResult result = eod(broker, "eod-check:off", false, TradingBlock.killSwitch());

    assertThat(result.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(result.warnings()).extracting(Problem::code).contains("trading-disabled");
    assertThat(result.result().path("openOrders").findValuesAsString("orderRef"))
        .containsExactly("allocation:m-1");
    assertThat(result.result().path("toFlatten").get(0).path("quantity").decimalValue())
        .isEqualByComparingTo("10");
    assertThat(result.result().path("cancelled").size()).isZero();
    assertThat(result.result().path("flattenOrders").size()).isZero();
    assertThat(result.result().path("drift").get(0).path("position").decimalValue())
        .isEqualByComparingTo("10");
    assertThat(broker.openOrders()).extracting(OrderReport::permId).contains(leftover.permId());
    assertThat(paper.held("SPY")).isEqualByComparingTo("10");
  }

  @Test
  void aDryRunIsOkAndChangesNothing() {
    paper.clock.set(THURSDAY_1555);
    hold(paper, "SPY", "10");
    OrderReport leftover = restingBuy(broker, "SPY", "allocation:m-1");

    IntentResult result = eod(broker, "eod-check:dry", true, null);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(result.result().path("dryRun").booleanValue()).isTrue();
    assertThat(result.result().path("toFlatten").size()).isEqualTo(1);
    assertThat(result.result().path("openOrders").size()).isEqualTo(1);
    assertThat(result.result().path("cancelled").size()).isZero();
    assertThat(broker.openOrders()).extracting(OrderReport::permId).contains(leftover.permId());
    assertThat(paper.held("SPY")).isEqualByComparingTo("10");
  }

  @Test
  void afterAHalfDaysCloseItCancelsButCannotFlatten() {
    // 15:55 on the day after Thanksgiving 2025: the NYSE closed at 13:00. The paper market
    // does not know half days, so only the handler keeps the order from filling.
    paper.clock.set(Instant.parse("2025-11-28T20:55:00Z"));
    hold(paper, "SPY", "10");
    restingBuy(broker, "SPY", "allocation:m-1");

    IntentResult result = eod(broker, "eod-check:half", false, null);

    assertThat(result.status()).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(result.errors()).extracting(Problem::code).containsExactly("flatten-not-possible");
    Problem closed =
        result.warnings().stream()
            .filter(p -> p.code().equals("session-closed"))
            .findFirst()
            .orElseThrow();
    assertThat(closed.message()).contains("13:00").contains("Day after Thanksgiving");
    JsonNode session = result.result().path("session");
    assertThat(session.path("earlyClose").stringValue()).isEqualTo("Day after Thanksgiving");
    assertThat(session.path("openAtRun").booleanValue()).isFalse();
    assertThat(session.path("close").stringValue()).isEqualTo("2025-11-28T18:00:00Z");
    assertThat(result.result().path("cancelled").get(0).path("status").stringValue())
        .isEqualTo("cancelled");
    assertThat(broker.openOrders()).isEmpty();
    assertThat(result.result().path("flattenOrders").size()).isZero();
    assertThat(paper.held("SPY")).isEqualByComparingTo("10");
  }

  @Test
  void aMarketHolidayAndAWeekendAreSkipped() {
    hold(paper, "SPY", "10");
    for (String day : new String[] {"2025-12-25T20:55:00Z", "2025-01-04T20:55:00Z"}) {
      paper.clock.set(Instant.parse(day));

      IntentResult result = eod(broker, "eod-check:" + day.substring(0, 10), false, null);

      assertThat(result.status()).isEqualTo(OutcomeStatus.SKIPPED);
      assertThat(result.warnings()).extracting(Problem::code).containsExactly("market-closed");
    }
    assertThat(paper.held("SPY")).isEqualByComparingTo("10");
    assertThat(broker.executions()).isEmpty();
  }

  @Test
  void aRedeliveryAfterARestartReportsItsFlatteningAndDoesNotFlattenAgain() {
    paper.clock.set(THURSDAY_1555);
    hold(paper, "SPY", "10");
    IntentResult first = eod(broker, "eod-check:m-9", false, null);
    assertThat(first.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("SPY")).isZero();
    hold(paper, "SPY", "4");
    IbBroker restarted = paper.connect(8);

    IntentResult second = eod(restarted, "eod-check:m-9", false, null);

    assertThat(second.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(second.warnings())
        .extracting(Problem::code)
        .contains("already-placed", "drift-beyond-tolerance");
    assertThat(second.result().path("drift").get(0).path("position").decimalValue())
        .isEqualByComparingTo("4");
    assertThat(second.result().path("executions").findValuesAsString("orderRef"))
        .containsExactly("eod-check:m-9");
    assertThat(paper.held("SPY")).isEqualByComparingTo("4");
    assertThat(restarted.executions()).hasSize(1);
  }

  @Test
  void aRefusedFlatteningOrderFailsTheRun() {
    paper.clock.set(THURSDAY_1555);
    hold(paper, "SPY", "10");
    PaperOrderRules.of(paper.gateway).rejectWhen(t -> t.symbol().equals("SPY"), "no shorting");

    IntentResult result = eod(broker, "eod-check:refused", false, null);

    assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(result.errors())
        .extracting(Problem::code)
        .containsAnyOf("order-refused", "order-rejected");
    assertThat(paper.held("SPY")).isEqualByComparingTo("10");
  }

  @Test
  void aFlatteningOrderStillWorkingWhenTheRunStopsWaitingEndsPartial() {
    paper.clock.set(THURSDAY_1555);
    hold(paper, "SPY", "10");
    PaperOrderRules.of(paper.gateway).delayFills(Duration.ofHours(1));
    EodSettings quick = new EodSettings(true, true, new BigDecimal("0.01"), Duration.ofMillis(300));

    IntentResult result =
        EodCheckFixture.handler(broker, quick)
            .run(EodCheckFixture.context(paper, "eod-check:slow", options(false, null), null));

    assertThat(result.status()).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(result.errors()).extracting(Problem::code).containsExactly("flatten-not-filled");
    assertThat(result.result().path("flattenOrders").get(0).path("status").stringValue())
        .isIn("submitted", "pre_submitted");
  }
}
