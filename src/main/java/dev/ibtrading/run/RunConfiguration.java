package dev.ibtrading.run;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.outcome.OutcomeListener;
import dev.ibtrading.outcome.OutcomePublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the run coordinator as the push edge's trigger handler, over every intent handler. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunProperties.class)
public class RunConfiguration {

  @Bean
  RunCoordinator runCoordinator(
      List<IntentHandler> handlers,
      Broker broker,
      OutcomePublisher publisher,
      TradingProperties trading,
      RunProperties runs,
      ObjectProvider<Clock> clock,
      ObjectProvider<MeterRegistry> meters,
      ObjectProvider<OutcomeListener> listeners) {
    return new RunCoordinator(
        handlers,
        broker,
        publisher,
        trading,
        runs,
        clock.getIfAvailable(Clock::systemUTC),
        meters.getIfAvailable(SimpleMeterRegistry::new),
        listeners.orderedStream().toList());
  }
}
