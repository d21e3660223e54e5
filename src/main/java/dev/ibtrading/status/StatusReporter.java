package dev.ibtrading.status;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.Position;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.schedule.UpcomingJobs;
import dev.ibtrading.status.StatusReport.Gateway;
import dev.ibtrading.status.StatusReport.HeldPosition;
import dev.ibtrading.status.StatusReport.Holdings;
import dev.ibtrading.status.StatusReport.Trading;
import dev.ibtrading.status.StatusReport.Worker;
import dev.ibtrading.strategy.ManagedUniverse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link StatusReport}. Reads the broker only (positions, open orders, the account
 * summary) and never fails for the gateway: when it is not connected or does not answer, the report
 * says so in place of what it could not read.
 */
final class StatusReporter {
  private static final Logger log = LoggerFactory.getLogger(StatusReporter.class);

  private final Broker broker;
  private final TradingProperties trading;
  private final ManagedUniverse universe;
  private final UpcomingJobs jobs;
  private final RecentOutcomes outcomes;
  private final LauncherReport launcher;
  private final Clock clock;

  StatusReporter(
      Broker broker,
      TradingProperties trading,
      ManagedUniverse universe,
      UpcomingJobs jobs,
      RecentOutcomes outcomes,
      LauncherReport launcher,
      Clock clock) {
    this.broker = broker;
    this.trading = trading;
    this.universe = universe;
    this.jobs = jobs;
    this.outcomes = outcomes;
    this.launcher = launcher;
    this.clock = clock;
  }

  /** The report as of now; the chart's points by time, the fresh reading last. */
  StatusReport report() {
    Instant now = clock.instant();
    List<Outcome> recent = outcomes.newestFirst();
    List<NetLiquidationPoint> chart = new ArrayList<>();
    for (Outcome outcome : recent) {
      NetLiquidationPoint.of(outcome).ifPresent(chart::add);
    }
    chart.sort(Comparator.comparing(NetLiquidationPoint::at));
    ConnectionState state = broker.connectionState();
    Holdings holdings;
    if (state.acceptsRequests()) {
      holdings = holdings();
      freshReading(now).ifPresent(chart::add);
    } else {
      holdings =
          Holdings.unavailable(
              "gateway not connected (" + state + "): positions and open orders unknown");
    }
    return new StatusReport(
        now,
        new Gateway(state.name(), state.acceptsRequests(), account(), broker.managedAccounts()),
        new Trading(trading.mode().name().toLowerCase(Locale.ROOT), trading.enabled()),
        new Worker(
            launcher.workerRestarts(), launcher.lastWorkerExit(), launcher.lastWorkerExitAt()),
        universe.strategyNames(),
        jobs.at(now),
        recent.stream().map(RunSummary::of).toList(),
        holdings,
        chart);
  }

  private Holdings holdings() {
    try {
      List<HeldPosition> positions = new ArrayList<>();
      for (Position position : broker.positions()) {
        if (position.quantity().signum() != 0) {
          positions.add(
              new HeldPosition(
                  position.contract().symbol(),
                  position.contract().currency(),
                  position.quantity(),
                  position.averageCost(),
                  universe.contains(position.contract())));
        }
      }
      List<ReportedOrder> orders = broker.openOrders().stream().map(ReportedOrder::from).toList();
      return new Holdings(null, positions, orders);
    } catch (BrokerException e) {
      log.warn("Status page: positions and open orders not read: {}", e.getMessage());
      return Holdings.unavailable("the gateway did not answer: " + e.getMessage());
    }
  }

  private Optional<NetLiquidationPoint> freshReading(Instant now) {
    try {
      AccountSnapshot account = broker.accountSnapshot();
      return Optional.of(NetLiquidationPoint.now(account, now));
    } catch (BrokerException e) {
      log.warn("Status page: account summary not read: {}", e.getMessage());
      return Optional.empty();
    }
  }

  private String account() {
    try {
      return broker.account();
    } catch (BrokerException e) {
      return null;
    }
  }
}
