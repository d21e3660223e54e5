package dev.ibtrading.ingest;

import dev.ibtrading.trigger.TriggerHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the worker runnable before run coordination exists: registers the {@link
 * SkippingTriggerHandler} ("run coordination not wired yet") <em>only if no other {@link
 * TriggerHandler} bean exists</em>. It is an auto-configuration (listed in {@code
 * META-INF/spring/...AutoConfiguration.imports}) so that the condition is evaluated after every
 * application configuration; any {@code TriggerHandler} bean replaces it.
 */
@AutoConfiguration
public class DefaultTriggerHandlerAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(TriggerHandler.class)
  TriggerHandler skippingTriggerHandler() {
    return new SkippingTriggerHandler();
  }
}
