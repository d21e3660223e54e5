package dev.ibtrading.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * NYSE's calendar with the configured extra closed days and early closes ({@link
 * CalendarProperties}), for every intent's trading-day checks, unless a test brings its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ExchangeCalendar exchangeCalendar(CalendarProperties properties) {
    return properties.calendar();
  }
}
