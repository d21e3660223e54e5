package dev.ibtrading.intents;

import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.strategy.StrategyRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The allocation's settings, the managed universe, and the exchange calendar runs skip holidays by.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AllocationSettings.class, UniverseProperties.class})
public class AllocationConfiguration {

  @Bean
  ManagedUniverse managedUniverse(StrategyRegistry strategies, UniverseProperties properties) {
    return new ManagedUniverse(strategies, properties);
  }

  @Bean
  @ConditionalOnMissingBean
  ExchangeCalendar exchangeCalendar() {
    return ExchangeCalendar.nyse();
  }
}
