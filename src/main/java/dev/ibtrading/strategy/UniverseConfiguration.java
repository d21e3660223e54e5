package dev.ibtrading.strategy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The managed universe: the configured strategies ({@code universe.*}) and their instruments. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UniverseProperties.class)
public class UniverseConfiguration {

  @Bean
  ManagedUniverse managedUniverse(StrategyRegistry strategies, UniverseProperties properties) {
    return new ManagedUniverse(strategies, properties);
  }
}
