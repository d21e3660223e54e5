package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.run.CoordinatorFixture.StubHandler;
import dev.ibtrading.trigger.Intent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The heap after GC stays flat under a stream of pushed summaries (issue 16): what the run ledger
 * keeps is measured as the live heap, not as the ledger's own account of its bytes ({@link
 * RunCoordinatorMemoryTests}). Every run answers a fresh result of {@value #EXECUTIONS} executions
 * (about 40 KB of JSON), as the summary handler does, and the ledger runs with the worker's
 * defaults ({@code runs.remember-bytes=4MB}, {@code runs.remember-at-most=10000}).
 *
 * <p>Why the bound of {@value #GROWTH_BOUND_MB} MB is robust either way. With the budget the ledger
 * is full after about a hundred runs (4 MB of whole answers), so between run 1,000 and run 3,000 it
 * only trades old answers for new ones and adds compact ones (a few hundred bytes of JSON each,
 * inside the same 4 MB): the live heap moves by a few MB at most. Without it (the count cap of
 * 10,000 alone, as before issue 16), the 2,000 runs in between keep 2,000 whole results, at least
 * their 80 MB of JSON (a tree of nodes weighs several times its text): five times the bound. The
 * used heap is the least of several reads each after {@code System.gc()} (a full collection with
 * the serial and G1 collectors alike), so garbage left by the runs does not count; nothing here
 * depends on timing. Measured (JDK 17, the test JVM's default collector and heap): no growth with
 * the budget; with {@code BUDGET} set to {@code DataSize.ofGigabytes(64)} the test fails, 206 MB
 * after 1,000 runs and 583 MB after 3,000 (about 190 KB of heap per whole result): past the image's
 * -Xmx384m.
 */
class RunCoordinatorHeapTests {
  private static final int EXECUTIONS = 300;
  private static final int FIRST = 1_000;
  private static final int SECOND = 3_000;
  private static final long GROWTH_BOUND_MB = 16;

  /** {@code runs.remember-bytes}' default. */
  private static final DataSize BUDGET = DataSize.ofMegabytes(4);

  /** {@code runs.remember-at-most}'s default. */
  private static final int CAPACITY = 10_000;

  /** A new summary result listing a day of {@value #EXECUTIONS} executions. */
  private static JsonNode dayOfExecutions(int run) {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    ArrayNode executions = result.putArray("executions");
    for (int i = 0; i < EXECUTIONS; i++) {
      executions
          .addObject()
          .put("execId", "0000e0d5." + Integer.toHexString(run) + "." + i + ".01.01")
          .put("symbol", i % 2 == 0 ? "SPY" : "VIXY")
          .put("side", "BOT")
          .put("shares", 10 + i)
          .put("price", 591.25 + i)
          .put("time", "2025-01-03T15:" + (10 + i % 50) + ":00Z");
    }
    return result;
  }

  private static RunCoordinator coordinator(StubHandler handler) {
    Broker broker = Mockito.mock(Broker.class);
    Mockito.when(broker.account()).thenReturn(CoordinatorFixture.ACCOUNT);
    Mockito.when(broker.managedAccounts()).thenReturn(List.of(CoordinatorFixture.ACCOUNT));
    return new RunCoordinator(
        List.of(handler),
        broker,
        outcome -> "1",
        new TradingProperties(TradingMode.PAPER, false, true),
        new RunProperties(Duration.ofSeconds(30), Duration.ofHours(24), CAPACITY, null, BUDGET),
        Clock.systemUTC(),
        new SimpleMeterRegistry());
  }

  /** The least used heap of a few reads, each right after a full collection. */
  private static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }

  private static void push(RunCoordinator coordinator, int from, int to) {
    for (int i = from; i < to; i++) {
      String status =
          coordinator.handle(CoordinatorFixture.summary("m-" + i)).body().path("status").asString();
      if (!"ok".equals(status)) {
        throw new AssertionError("run m-" + i + " ended " + status);
      }
    }
  }

  @Test
  void theHeapAfterGcStaysFlatFromAThousandToThreeThousandPushedSummaries() {
    StubHandler handler = new StubHandler(Intent.SUMMARY, n -> IntentResult.ok(dayOfExecutions(n)));
    RunCoordinator coordinator = coordinator(handler);

    push(coordinator, 0, FIRST);
    long afterFirst = usedHeapAfterGc();
    push(coordinator, FIRST, SECOND);
    long afterSecond = usedHeapAfterGc();

    assertThat(handler.runs).hasValue(SECOND);
    assertThat(coordinator.rememberedRuns()).as("runs still remembered").isPositive();
    assertThat(afterSecond - afterFirst)
        .as(
            "heap growth after GC from %d to %d runs (%d MB to %d MB)",
            FIRST, SECOND, afterFirst >> 20, afterSecond >> 20)
        .isLessThan(GROWTH_BOUND_MB << 20);
  }
}
