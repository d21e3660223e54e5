package dev.ibtrading.status;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.schedule.LocalSchedulerProperties;
import dev.ibtrading.schedule.UpcomingJobs;
import dev.ibtrading.strategy.ManagedUniverse;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the status page: the recent-outcomes store (an {@link
 * dev.ibtrading.outcome.OutcomeListener} the run coordinator feeds) and the report over the broker,
 * the trading settings, the managed universe, the scheduler jobs file ({@code
 * scheduler.local.jobs-file} and {@code scheduler.local.scenario}, read whether or not the local
 * scheduler runs) and what the launcher told this worker ({@link LauncherReport}), which also goes
 * into readiness ({@code workerRestarts}). The controller is found by component scanning.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  StatusProperties.class,
  LauncherReport.class,
  LocalSchedulerProperties.class,
  TradingProperties.class
})
public class StatusConfiguration {

  @Bean
  RecentOutcomes recentOutcomes(StatusProperties properties) {
    return new RecentOutcomes(properties.recentRuns());
  }

  @Bean
  StatusReporter statusReporter(
      Broker broker,
      TradingProperties trading,
      ManagedUniverse universe,
      RecentOutcomes outcomes,
      LocalSchedulerProperties scheduler,
      LauncherReport launcher,
      ObjectProvider<ExchangeCalendar> calendar,
      ObjectProvider<Clock> clock) {
    return new StatusReporter(
        broker,
        trading,
        universe,
        UpcomingJobs.load(scheduler, calendar.getIfAvailable(ExchangeCalendar::nyse)),
        outcomes,
        launcher,
        clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  WorkerRestartsHealthIndicator workerRestartsHealthIndicator(LauncherReport launcher) {
    return new WorkerRestartsHealthIndicator(launcher);
  }
}
