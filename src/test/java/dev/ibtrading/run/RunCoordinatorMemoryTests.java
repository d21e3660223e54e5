package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.outcome.OutcomePublisher;
import dev.ibtrading.run.CoordinatorFixture.StubHandler;
import dev.ibtrading.summary.SummaryOptions;
import dev.ibtrading.trigger.AckPolicy;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Memory is bounded by bytes, not entries (issue 16, point 1): about 1,700 {@code GET /summary}
 * with 179 executions that day ended in OutOfMemoryError under the image's 384 MB heap, since every
 * run kept its whole outcome in the ledger, which bounded the count (10,000) only. Measured here as
 * the ledger's own account of what it holds (the JSON of each remembered answer), with the
 * summary's result shared among runs so that the test's heap stays small.
 */
class RunCoordinatorMemoryTests {
  private static final int EXECUTIONS = 300;
  private static final DataSize BUDGET = DataSize.ofKilobytes(512);

  @TempDir Path journalDir;

  private final AtomicInteger publishedCount = new AtomicInteger();
  private final OutcomePublisher publisher =
      outcome -> String.valueOf(publishedCount.incrementAndGet());

  /** A summary result listing a day of {@value #EXECUTIONS} executions, about 40 KB of JSON. */
  private static JsonNode dayOfExecutions() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode result = nodes.objectNode();
    ArrayNode executions = result.putArray("executions");
    for (int i = 0; i < EXECUTIONS; i++) {
      executions
          .addObject()
          .put("execId", "0000e0d5.6745a1b2." + i + ".01.01")
          .put("symbol", i % 2 == 0 ? "SPY" : "VIXY")
          .put("side", "BOT")
          .put("shares", 10 + i)
          .put("price", 591.25 + i)
          .put("time", "2025-01-03T15:" + (10 + i % 50) + ":00Z");
    }
    return result;
  }

  private static Broker broker() {
    Broker broker = Mockito.mock(Broker.class);
    Mockito.when(broker.account()).thenReturn(CoordinatorFixture.ACCOUNT);
    Mockito.when(broker.managedAccounts()).thenReturn(List.of(CoordinatorFixture.ACCOUNT));
    return broker;
  }

  private RunCoordinator coordinator(StubHandler handler, Path journal) {
    return new RunCoordinator(
        List.of(handler),
        broker(),
        publisher,
        new TradingProperties(TradingMode.PAPER, false, true),
        new RunProperties(Duration.ofSeconds(30), Duration.ofHours(24), 10_000, journal, BUDGET),
        Clock.systemUTC(),
        new SimpleMeterRegistry());
  }

  private static Trigger directRead() {
    return new Trigger(
        Intent.SUMMARY, RunKey.generated(), new SummaryOptions(false), Delivery.direct());
  }

  @Test
  void directReadsAreNotRemembered() throws Exception {
    JsonNode result = dayOfExecutions();
    StubHandler handler = new StubHandler(Intent.SUMMARY, n -> IntentResult.ok(result));
    RunCoordinator coordinator = coordinator(handler, journalDir);

    for (int i = 0; i < 2_000; i++) {
      RunAnswer answer = coordinator.handleOnce(directRead());
      assertThat(answer.body().path("status").asString()).isEqualTo("ok");
      if (i == 0) {
        assertThat(answer.body().path("result").path("executions").size()).isEqualTo(EXECUTIONS);
      }
    }

    assertThat(handler.runs).hasValue(2_000);
    assertThat(publishedCount).hasValue(2_000);
    assertThat(coordinator.rememberedRuns()).isZero();
    try (var files = Files.list(journalDir)) {
      assertThat(files).as("journal entries").isEmpty();
    }
  }

  @Test
  void pushedRunsStayWithinTheByteBudgetAndStillAnswerRedeliveries() {
    JsonNode result = dayOfExecutions();
    long resultBytes = result.toString().length();
    StubHandler handler = new StubHandler(Intent.SUMMARY, n -> IntentResult.ok(result));
    RunCoordinator coordinator = coordinator(handler, null);

    int pushes = 3_000;
    RunAnswer latest = null;
    for (int i = 0; i < pushes; i++) {
      latest = coordinator.handle(CoordinatorFixture.summary("m-" + i));
      assertThat(latest.body().path("status").asString()).isEqualTo("ok");
    }

    assertThat(coordinator.rememberedBytes()).isLessThanOrEqualTo(BUDGET.toBytes());
    assertThat(BUDGET.toBytes())
        .as("what 3000 whole outcomes would hold")
        .isLessThan(pushes * resultBytes / 100);
    assertThat(coordinator.rememberedRuns())
        .as("compact answers: hundreds fit where a dozen whole ones would")
        .isBetween(800, pushes - 1);

    RunAnswer latestAgain = coordinator.handle(CoordinatorFixture.summary("m-" + (pushes - 1)));
    String older = "m-" + (pushes - 700);
    RunAnswer olderAgain = coordinator.handle(CoordinatorFixture.summary(older));
    assertThat(handler.runs).as("no run runs again").hasValue(pushes);
    assertThat(latestAgain.body()).as("a recent run answers whole").isEqualTo(latest.body());
    assertThat(olderAgain.body().path("status").asString()).isEqualTo("ok");
    assertThat(olderAgain.body().path("runId").asString())
        .isEqualTo(RunKey.ofMessage(Intent.SUMMARY, older).value());
    assertThat(olderAgain.body().path("result").isNull())
        .as("an older run answers compact")
        .isTrue();
  }

  @Test
  void anUnpublishedOutcomeIsKeptWholeToBePublishedByTheRedelivery() {
    JsonNode result = dayOfExecutions();
    AtomicInteger failures = new AtomicInteger(1);
    OutcomePublisher flaky =
        outcome -> {
          if (failures.getAndDecrement() > 0) {
            throw new dev.ibtrading.outcome.OutcomePublishException("stub: not confirmed", null);
          }
          return "1";
        };
    StubHandler handler = new StubHandler(Intent.SUMMARY, n -> IntentResult.ok(result));
    RunCoordinator coordinator =
        new RunCoordinator(
            List.of(handler),
            broker(),
            flaky,
            new TradingProperties(TradingMode.PAPER, false, true),
            new RunProperties(Duration.ofSeconds(30), Duration.ofHours(24), 100, null, BUDGET),
            Clock.systemUTC(),
            new SimpleMeterRegistry());

    RunAnswer first = coordinator.handle(CoordinatorFixture.summary("m-1"));
    assertThat(first.policy()).as(first.body().toString()).isEqualTo(AckPolicy.RETRY);
    long whole = coordinator.rememberedBytes();
    RunAnswer redelivery = coordinator.handle(CoordinatorFixture.summary("m-1"));

    assertThat(redelivery.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(redelivery.body().path("result").path("executions").size()).isEqualTo(EXECUTIONS);
    assertThat(handler.runs).hasValue(1);
    assertThat(coordinator.rememberedBytes()).isEqualTo(whole);
  }
}
