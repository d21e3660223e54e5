package dev.ibtrading.allocation;

import static dev.ibtrading.allocation.AllocationFixture.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbSettings;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperFaults;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.strategy.FixedWeightStrategy;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.strategy.StrategyRegistry;
import dev.ibtrading.strategy.UniverseProperties;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Every leg of an allocation is accounted for when the broker fails one (issue 15): placed, or
 * listed in {@code errors} with its reason. On the paper gateway over real sockets, with its
 * order-engine faults.
 */
class AllocationLegsTests extends PaperAllocationTestSupport {
  private static final AllocationSettings QUICK =
      AllocationFixture.settingsWithFillTimeout(Duration.ofSeconds(2));

  private static final FixedWeightStrategy THREE_LEGS =
      FixedWeightStrategy.inOrder("three", "SPY", "0.3", "QQQ", "0.3", "TLT", "0.3");

  private IntentResult runFixed(String runKey) {
    return AllocationFixture.handler(broker, QUICK)
        .run(paper.context(runKey, options(false, "fixed"), true));
  }

  @Test
  void aRefusedLegIsListedAndTheIndependentLegIsStillPlaced() {
    PaperOrderRules.of(paper.gateway)
        .rejectWhen(t -> t.symbol().equals("QQQ"), "no trading in QQQ today");

    IntentResult result = runFixed("legs-refused");

    assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("order-rejected");
              assertThat(p.message()).contains("QQQ").contains("no trading in QQQ today");
            });
    assertThat(paper.held("QQQ")).isZero();
    assertThat(paper.held("SPY").signum()).isPositive();
  }

  @Test
  void afterALostLinkEveryLegNotSentIsListedAsNotPlaced() {
    IbClient client =
        new IbClient(
            new IbSettings(
                "127.0.0.1",
                paper.gateway.port(),
                8,
                Duration.ofSeconds(5),
                Duration.ofSeconds(1), // the lost order's acknowledgement is not awaited long
                176,
                40,
                0xFFFFFF,
                Duration.ofMillis(500),
                Duration.ofSeconds(30)));
    client.connect();
    AtomicBoolean dropped = new AtomicBoolean();
    // The first order reaches the gateway, which then drops the connection before answering and
    // refuses the client's reconnects: the second order finds no session.
    PaperOrderRules.of(paper.gateway)
        .rejectWhen(
            t -> {
              if (dropped.compareAndSet(false, true)) {
                paper.gateway.faults().newConnections(PaperFaults.NewConnections.REFUSE);
                paper.gateway.faults().dropAllSessions();
              }
              return false;
            },
            "unused");
    StrategyRegistry registry = new StrategyRegistry(List.of(THREE_LEGS));
    AllocationHandler handler =
        new AllocationHandler(
            new IbBroker(client, ""),
            registry,
            QUICK,
            ExchangeCalendar.nyse(),
            new ManagedUniverse(registry, new UniverseProperties(List.of())));

    try {
      IntentResult result = handler.run(paper.context("legs-lost", options(false, "three"), true));

      assertThat(result.status()).isEqualTo(OutcomeStatus.PARTIAL);
      assertThat(result.errors())
          .extracting(Problem::code)
          .containsExactly("order-unconfirmed", "not-placed");
      List<String> placed =
          result
              .result()
              .path("orders")
              .valueStream()
              .map(o -> o.path("symbol").stringValue())
              .toList();
      String unconfirmed = result.errors().get(0).message().split(" ")[0];
      String notPlaced = result.errors().get(1).message().split(" ")[0];
      assertThat(placed).hasSize(1);
      // Three buys from nothing are placed by symbol: QQQ, SPY, TLT.
      assertThat(List.of(placed.get(0), unconfirmed, notPlaced))
          .containsExactly("QQQ", "SPY", "TLT");
      assertThat(result.errors().get(1).message()).contains("not placed").contains(unconfirmed);
    } finally {
      paper.gateway.faults().reset();
      client.close();
    }
  }
}
