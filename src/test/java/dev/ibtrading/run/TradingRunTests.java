package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The end every trading run shares: the gate before the dry run, trading only when neither holds it
 * back, and the answer of a redelivery that found its earlier attempt. The whole run against a
 * broker is what the intents' handler and scenario tests run through the paper gateway.
 */
class TradingRunTests {
  private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");
  private static final JsonNode WOULD_DO = JsonNodeFactory.instance.objectNode().put("would", 1);
  private static final Problem DECIDED = new Problem("decided", "a warning of the decision");

  private final AtomicInteger trades = new AtomicInteger();
  private final List<Problem> warnings = new ArrayList<>(List.of(DECIDED));

  @Test
  void aBlockedRunReportsWhatItWouldDoAndTradesNothingEvenOnADryRun() {
    IntentResult result =
        TradingRun.trade(context(TradingBlock.killSwitch()), true, decision(false), warnings);

    assertThat(result.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(result.result()).isEqualTo(WOULD_DO);
    assertThat(result.warnings())
        .extracting(Problem::code)
        .containsExactly("trading-disabled", "decided");
    assertThat(trades).hasValue(0);
  }

  @Test
  void aDryRunEndsOkWithWhatItWouldDo() {
    IntentResult result = TradingRun.trade(context(null), true, decision(false), warnings);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(result.result()).isEqualTo(WOULD_DO);
    assertThat(result.warnings()).containsExactly(DECIDED);
    assertThat(trades).hasValue(0);
  }

  @Test
  void aRunWithNothingToDoEndsOkWithoutTrading() {
    IntentResult result = TradingRun.trade(context(null), false, decision(true), warnings);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(trades).hasValue(0);
  }

  @Test
  void anOpenRunWithSomethingToDoTradesOnce() {
    IntentResult result = TradingRun.trade(context(null), false, decision(false), warnings);

    assertThat(result.status()).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(trades).hasValue(1);
  }

  @Test
  void aRedeliveryThatFoundOnlyFillsEndsOkWithTheNoticeFirst() {
    EarlierAttempt earlier = new EarlierAttempt(List.of(), List.of(fill("run-1")));

    IntentResult result = earlier.reported("run-1", WOULD_DO, warnings, List.of());

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(result.warnings())
        .extracting(Problem::code)
        .containsExactly("already-placed", "decided");
    assertThat(result.errors()).isEmpty();
  }

  private TradingRun.Decision decision(boolean nothingToDo) {
    return new TradingRun.Decision(
        () -> WOULD_DO,
        nothingToDo,
        () -> {
          trades.incrementAndGet();
          return new IntentResult(OutcomeStatus.PARTIAL, null, null, null);
        });
  }

  private static RunContext context(TradingBlock block) {
    return new RunContext(
        "run-1",
        Intent.ALLOCATION,
        null,
        null,
        null,
        block,
        NOW,
        NOW.plusSeconds(60),
        Clock.fixed(NOW, ZoneOffset.UTC),
        OrderMetrics.none());
  }

  private static Fill fill(String orderRef) {
    return new Fill(
        "0001",
        7,
        "DU0000001",
        null,
        OrderSide.SELL,
        BigDecimal.ONE,
        new BigDecimal("500.10"),
        NOW,
        orderRef,
        null);
  }
}
