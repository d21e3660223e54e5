package dev.ibtrading.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.Position;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.schedule.LocalSchedulerProperties;
import dev.ibtrading.schedule.UpcomingJob;
import dev.ibtrading.schedule.UpcomingJobs;
import dev.ibtrading.status.StatusReport.HeldPosition;
import dev.ibtrading.strategy.FixedWeightStrategy;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.strategy.StrategyRegistry;
import dev.ibtrading.strategy.UniverseProperties;
import dev.ibtrading.testsupport.Scripts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report over a stubbed broker: gateway up, down, and up but not answering. */
class StatusReporterTests {
  private static final Instant NOW = Instant.parse("2025-01-02T18:00:00Z");
  private static final Contract SPY = contract(756733, "SPY");
  private static final Contract AAPL = contract(265598, "AAPL");

  private final Broker broker = mock(Broker.class);
  private final RecentOutcomes outcomes = new RecentOutcomes(10);

  private StatusReporter reporter(boolean tradingEnabled) {
    ManagedUniverse universe =
        new ManagedUniverse(
            new StrategyRegistry(
                List.of(
                    new FixedWeightStrategy(
                        "fixed-spy", Map.of(Instrument.usStock("SPY"), BigDecimal.ONE)))),
            new UniverseProperties(List.of()));
    UpcomingJobs jobs =
        UpcomingJobs.load(
            new LocalSchedulerProperties(
                false, Scripts.repository().resolve("scheduler/jobs.yaml"), "d"),
            ExchangeCalendar.nyse());
    return new StatusReporter(
        broker,
        new TradingProperties(TradingMode.PAPER, false, tradingEnabled),
        universe,
        jobs,
        outcomes,
        new LauncherReport(
            1,
            "status 137 (SIGKILL: the kernel's out-of-memory killer, or kill -9)" + " after 30 s",
            NOW.minusSeconds(600)),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private void connected() {
    when(broker.connectionState()).thenReturn(ConnectionState.CONNECTED);
    when(broker.account()).thenReturn("DU0000001");
    when(broker.managedAccounts()).thenReturn(List.of("DU0000001"));
  }

  @Test
  void withTheGatewayUpItShowsHoldingsRunsAndAFreshReadingLast() {
    connected();
    when(broker.positions())
        .thenReturn(
            List.of(
                new Position("DU0000001", SPY, new BigDecimal("10"), new BigDecimal("590.25")),
                new Position("DU0000001", AAPL, new BigDecimal("-3"), new BigDecimal("240")),
                new Position("DU0000001", contract(1, "MSFT"), BigDecimal.ZERO, BigDecimal.ZERO)));
    OrderReport order =
        new OrderReport(
            7,
            70007,
            OrderRequest.limit(SPY, OrderSide.BUY, new BigDecimal("5"), new BigDecimal("580"), "r"),
            OrderStatus.SUBMITTED,
            BigDecimal.ZERO,
            new BigDecimal("5"),
            null,
            List.of(),
            "");
    when(broker.openOrders()).thenReturn(List.of(order));
    when(broker.accountSnapshot()).thenReturn(snapshot("100500.50"));
    // Recorded out of time order: the chart sorts by time, the runs stay latest-recorded first.
    outcomes.finished(StatusOutcomes.summary("late", NOW.minusSeconds(60), "100400"));
    outcomes.finished(StatusOutcomes.summary("early", NOW.minusSeconds(3600), "100000"));

    StatusReport report = reporter(true).report();

    assertThat(report.generatedAt()).isEqualTo(NOW);
    assertThat(report.gateway())
        .isEqualTo(new StatusReport.Gateway("CONNECTED", true, "DU0000001", List.of("DU0000001")));
    assertThat(report.trading()).isEqualTo(new StatusReport.Trading("paper", true));
    assertThat(report.worker().restarts()).isEqualTo(1);
    assertThat(report.worker().lastExit()).startsWith("status 137 (SIGKILL");
    assertThat(report.worker().lastExitAt()).isEqualTo(NOW.minusSeconds(600));
    assertThat(report.strategies()).containsExactly("fixed-spy");
    assertThat(report.runs()).extracting(RunSummary::runId).containsExactly("early", "late");
    assertThat(report.holdings().note()).isNull();
    assertThat(report.holdings().positions())
        .containsExactly(
            new HeldPosition("SPY", "USD", new BigDecimal("10"), new BigDecimal("590.25"), true),
            new HeldPosition("AAPL", "USD", new BigDecimal("-3"), new BigDecimal("240"), false));
    assertThat(report.holdings().openOrders()).containsExactly(ReportedOrder.from(order));
    assertThat(report.netLiquidation())
        .extracting(NetLiquidationPoint::runId, NetLiquidationPoint::value)
        .containsExactly(
            tuple("early", new BigDecimal("100000")),
            tuple("late", new BigDecimal("100400")),
            tuple(null, new BigDecimal("100500.50")));
    assertThat(report.netLiquidation().get(2).intent()).isEqualTo(NetLiquidationPoint.NOW);
    assertThat(report.netLiquidation().get(2).at()).isEqualTo(NOW);
  }

  @Test
  void withTheGatewayDownItSaysSoAndReadsNothingFromIt() {
    BrokerException down = new BrokerException("not connected", true, null);
    when(broker.connectionState()).thenReturn(ConnectionState.DISCONNECTED);
    when(broker.account()).thenThrow(down);
    when(broker.managedAccounts()).thenReturn(List.of());
    outcomes.finished(StatusOutcomes.summary("before", NOW.minusSeconds(60), "99000"));

    StatusReport report = reporter(false).report();

    assertThat(report.gateway())
        .isEqualTo(new StatusReport.Gateway("DISCONNECTED", false, null, List.of()));
    assertThat(report.trading().enabled()).isFalse();
    assertThat(report.holdings().note())
        .isEqualTo("gateway not connected (DISCONNECTED): positions and open orders unknown");
    assertThat(report.holdings().positions()).isEmpty();
    assertThat(report.holdings().openOrders()).isEmpty();
    assertThat(report.netLiquidation())
        .extracting(NetLiquidationPoint::runId)
        .containsExactly("before");
    assertThat(report.runs()).extracting(RunSummary::runId).containsExactly("before");
    verify(broker, never()).positions();
    verify(broker, never()).openOrders();
    verify(broker, never()).accountSnapshot();
  }

  @Test
  void aGatewayThatDoesNotAnswerLeavesANoteInPlaceOfTheHoldings() {
    connected();
    when(broker.positions())
        .thenThrow(new BrokerException("positions: no answer in 10s", true, null));
    when(broker.accountSnapshot()).thenThrow(new BrokerException("no answer", true, null));

    StatusReport report = reporter(true).report();

    assertThat(report.holdings().note())
        .isEqualTo("the gateway did not answer: positions: no answer in 10s");
    assertThat(report.netLiquidation()).isEmpty();
    assertThat(report.gateway().connected()).isTrue();
  }

  @Test
  void runsCarryTheirStatusAndProblemCodes() {
    connected();
    when(broker.accountSnapshot()).thenReturn(snapshot("1"));
    outcomes.finished(
        StatusOutcomes.run("alloc-1", "allocation", OutcomeStatus.SKIPPED, NOW)
            .warning("trading-disabled", "kill switch")
            .error("market-closed", "closed")
            .build());

    RunSummary run = reporter(false).report().runs().get(0);

    assertThat(run.status()).isEqualTo("skipped");
    assertThat(run.intent()).isEqualTo("allocation");
    assertThat(run.warnings()).containsExactly("trading-disabled");
    assertThat(run.errors()).containsExactly("market-closed");
    assertThat(run.startedAt()).isEqualTo(NOW);
    assertThat(run.endedAt()).isEqualTo(NOW.plusSeconds(1));
  }

  @Test
  void theScheduleIsTheChosenScenarioSoonestFirst() {
    connected();
    when(broker.accountSnapshot()).thenReturn(snapshot("1"));

    // 13:00 in New York on Thursday 2 January 2025: the midday risk check is due at 13:00 again
    // only the next day.
    List<UpcomingJob> jobs = reporter(true).report().schedule().jobs();

    assertThat(jobs)
        .extracting(UpcomingJob::name, UpcomingJob::nextFire)
        .containsExactly(
            tuple("reconciliation-close", "2025-01-02T15:55:00-05:00"),
            tuple("allocation-open", "2025-01-03T09:30:00-05:00"),
            tuple("risk-check-midday", "2025-01-03T13:00:00-05:00"));
  }

  private static Contract contract(int conId, String symbol) {
    return new Contract(conId, symbol, "USD", "ARCA", new BigDecimal("0.01"), symbol);
  }

  private static AccountSnapshot snapshot(String netLiquidation) {
    BigDecimal value = new BigDecimal(netLiquidation);
    return new AccountSnapshot(
        "DU0000001",
        "USD",
        value,
        value,
        value,
        value,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        value,
        BigDecimal.ONE,
        value,
        NOW);
  }
}
