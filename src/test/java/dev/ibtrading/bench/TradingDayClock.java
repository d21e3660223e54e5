package dev.ibtrading.bench;

import dev.ibtrading.launcher.WorkerCommand;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The worker's clock for the push benchmark: running at the real pace from the instant in {@value
 * #PROPERTY}, so that a dry-run allocation plans on any date instead of answering {@code skipped
 * market-closed} on weekends and holidays (the e2e tests pin it the same way). The paper gateway
 * keeps its own clock.
 *
 * <p>Deliberately not a {@code @Configuration}: the worker's component scan would pick it up in
 * every application test. {@link WorkerCommand} adds it to the packaged worker with Spring Boot's
 * {@code PropertiesLauncher} ({@code loader.path}) and {@code spring.main.sources}.
 */
public class TradingDayClock {
  static final String PROPERTY = "bench.trading-day";

  @Bean
  Clock clock(Environment env) {
    Instant tradingDay = Instant.parse(env.getRequiredProperty(PROPERTY));
    return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), tradingDay));
  }
}
