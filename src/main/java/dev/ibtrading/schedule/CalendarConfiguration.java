package dev.ibtrading.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** NYSE's calendar for every intent's trading-day checks, unless a test brings its own. */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ExchangeCalendar exchangeCalendar() {
    return ExchangeCalendar.nyse();
  }
}
