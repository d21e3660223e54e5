package dev.ibtrading.intents;

import dev.ibtrading.schedule.ExchangeCalendar;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The allocation's settings and the exchange calendar it skips holidays by. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AllocationSettings.class)
public class AllocationConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ExchangeCalendar exchangeCalendar() {
    return ExchangeCalendar.nyse();
  }
}
