package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Closures and half days configured on top of NYSE's rules ({@code calendar.*}): the national day
 * of mourning of Thursday 2025-01-09, which no rule derives, and a made-up early close at 14:00 on
 * Friday 2025-01-10. The worker's intents skip the closed day with the configured reason, the
 * eod-check's session ends at the configured time, and the embedded paper gateway keeps the same
 * calendar (it serves no bar for the closed day).
 */
@TestPropertySource(
    properties = {
      "calendar.extra-closed-days[0].date=2025-01-09",
      "calendar.extra-closed-days[0].reason=" + ExtraCalendarDaysScenarioTests.MOURNING,
      "calendar.extra-early-closes[0].date=2025-01-10",
      "calendar.extra-early-closes[0].close=14:00",
      "calendar.extra-early-closes[0].reason=" + ExtraCalendarDaysScenarioTests.HALF_DAY
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExtraCalendarDaysScenarioTests extends ScenarioTestBase {
  static final String MOURNING = "National Day of Mourning for President Carter";
  static final String HALF_DAY = "Announced early close";
  private static final String DUMMY = "{\"strategies\":[\"dummy\"]}";

  /** Thursday 9 January 2025, 10:00 in New York: a session by NYSE's rules, closed by config. */
  private static final Instant MOURNING_DAY = Instant.parse("2025-01-09T15:00:00Z");

  @Test
  void anAllocationOnAnExtraClosedDayIsSkippedWithTheConfiguredReason() {
    clock.pin(MOURNING_DAY);

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(run.warningCodes()).containsExactly("market-closed");
    assertThat(run.problem("market-closed").message())
        .isEqualTo("no trading session on 2025-01-09: " + MOURNING);
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
    assertThat(broker.positions()).isEmpty();
  }

  @Test
  void theEodCheckOnAnExtraClosedDayIsSkippedToo() {
    clock.pin(Instant.parse("2025-01-09T20:55:00Z"));

    Pushed run = push(Intent.EOD_CHECK, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(run.problem("market-closed").message()).contains(MOURNING);
  }

  @Test
  void anAllocationTheDayAfterTradesAsUsual() {
    clock.pin(Instant.parse("2025-01-10T15:00:00Z"));

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.warningCodes()).doesNotContain("market-closed");
  }

  @Test
  void theEodCheckOnAnExtraEarlyCloseSeesTheSessionEndAtTheConfiguredTime() {
    // 14:30 in New York: after the configured 14:00 close, long before the usual 16:00.
    clock.pin(Instant.parse("2025-01-10T19:30:00Z"));

    Pushed run = push(Intent.EOD_CHECK, "{}");

    JsonNode session = run.result().path("session");
    assertThat(session.path("close").asString()).isEqualTo("2025-01-10T19:00:00Z");
    assertThat(session.path("earlyClose").asString()).isEqualTo(HALF_DAY);
    assertThat(session.path("openAtRun").booleanValue()).isFalse();
    assertThat(run.warningCodes()).contains("session-closed");
  }

  @Test
  void theEmbeddedPaperGatewayServesNoBarForTheExtraClosedDay() {
    // The bars file has a row for 2025-01-09 (a session by the rules); the gateway drops it.
    var bars =
        broker.dailyBars(
            broker.contract(Instrument.usStock("SPY")), LocalDate.parse("2025-01-10"), 5);

    assertThat(bars)
        .extracting(Bar::date)
        .contains(LocalDate.parse("2025-01-08"), LocalDate.parse("2025-01-10"))
        .doesNotContain(LocalDate.parse("2025-01-09"));
  }
}
