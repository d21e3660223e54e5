package dev.ibtrading.allocation;

import static dev.ibtrading.allocation.AllocationFixture.THURSDAY_NOON;
import static dev.ibtrading.allocation.AllocationFixture.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.run.CoordinatorFixture.RecordingPublisher;
import dev.ibtrading.run.RunCoordinator;
import dev.ibtrading.run.RunProperties;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * {@code ibtrading.orders} and {@code ibtrading.fill.latency} of allocation runs through the {@link
 * RunCoordinator} on the paper gateway over real sockets.
 */
class OrderMetricsTests extends PaperAllocationTestSupport {
  /** Waits briefly for fills, so that a partially filled run ends soon. */
  private static final AllocationSettings QUICK =
      AllocationFixture.settingsWithFillTimeout(Duration.ofMillis(500));

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final RecordingPublisher publisher = new RecordingPublisher();

  private RunCoordinator coordinator() {
    return new RunCoordinator(
        List.of(AllocationFixture.handler(broker, QUICK)),
        broker,
        publisher,
        new TradingProperties(TradingMode.PAPER, false, true),
        new RunProperties(
            Duration.ofSeconds(30), Duration.ofHours(1), 100, null, DataSize.ofMegabytes(4)),
        Clock.fixed(THURSDAY_NOON, ZoneOffset.UTC),
        meters);
  }

  private static Trigger allocation(String runId, String strategy) {
    return new Trigger(
        Intent.ALLOCATION, RunKey.ofRunId(runId), options(false, strategy), Delivery.direct());
  }

  private double orders(String status, String fill) {
    Counter counter =
        meters
            .find("ibtrading.orders")
            .tags("intent", "allocation", "status", status, "fill", fill)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  private double allOrders() {
    return meters.find("ibtrading.orders").counters().stream().mapToDouble(Counter::count).sum();
  }

  private long fills() {
    Timer timer = meters.find("ibtrading.fill.latency").tag("intent", "allocation").timer();
    return timer == null ? 0 : timer.count();
  }

  @Test
  void aRejectedAndAPartiallyFilledOrderAreCountedOnceEvenWhenTheTriggerIsDeliveredAgain() {
    PaperOrderRules.of(paper.gateway)
        .rejectWhen(t -> t.symbol().equals("QQQ"), "no trading in QQQ today")
        // the second slice waits for the gateway's clock, which stands still
        .partialFills(2, Duration.ofMinutes(5));
    RunCoordinator coordinator = coordinator();

    RunAnswer first = coordinator.handle(allocation("metrics-partial", "fixed"));
    RunAnswer again = coordinator.handle(allocation("metrics-partial", "fixed"));

    assertThat(first.body().path("status").stringValue()).isEqualTo("failed");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(publisher.withStatus(OutcomeStatus.DUPLICATE)).hasSize(1);
    assertThat(orders("rejected", "none")).isEqualTo(1);
    assertThat(orders("submitted", "partial") + orders("pre_submitted", "partial")).isEqualTo(1);
    assertThat(allOrders()).isEqualTo(2);
    assertThat(fills()).isZero();
  }

  @Test
  void aFilledOrderIsCountedAndItsFillLatencyTimed() {
    RunCoordinator coordinator = coordinator();

    RunAnswer answer = coordinator.handle(allocation("metrics-filled", "dummy"));

    assertThat(answer.body().path("status").stringValue()).isEqualTo("ok");
    assertThat(orders("filled", "full")).isEqualTo(1);
    assertThat(allOrders()).isEqualTo(1);
    Timer latency = meters.get("ibtrading.fill.latency").tag("intent", "allocation").timer();
    assertThat(latency.count()).isEqualTo(1);
    assertThat(latency.totalTime(TimeUnit.NANOSECONDS)).isPositive();
  }

  @Test
  void anOrderMadeInactiveCountsAsRejected() {
    PaperOrderRules.of(paper.gateway).deactivateWhen(t -> true, "margin");

    coordinator().handle(allocation("metrics-inactive", "dummy"));

    assertThat(orders("rejected", "none")).isEqualTo(1);
    assertThat(allOrders()).isEqualTo(1);
    assertThat(fills()).isZero();
  }

  @Test
  void aDryRunCountsNoOrder() {
    RunCoordinator coordinator = coordinator();
    Trigger dryRun =
        new Trigger(
            Intent.ALLOCATION,
            RunKey.ofRunId("metrics-dry"),
            options(true, "dummy"),
            Delivery.direct());

    RunAnswer answer = coordinator.handle(dryRun);

    assertThat(answer.body().path("status").stringValue()).isEqualTo("ok");
    assertThat(answer.body().path("result").path("planned").size()).isEqualTo(1);
    assertThat(meters.find("ibtrading.orders").counters()).isEmpty();
  }
}
