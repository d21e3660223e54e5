package dev.ibtrading.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The worker's clock in a scenario: real time, shifted so that it reads a chosen instant when
 * pinned, and moving at the real pace from there (fill timeouts and run deadlines still pass). A
 * scenario pins it to the trading day it is about ({@link #pin}); {@link ScenarioTestBase} puts it
 * back at {@link ScenarioTestBase#TRADING_DAY} before each test. The paper gateway keeps its own
 * (real) clock.
 */
final class ScenarioClock extends Clock {
  private volatile Duration offset = Duration.ZERO;

  /** From now on the clock reads {@code instant}, then moves on at the real pace. */
  void pin(Instant instant) {
    offset = Duration.between(Instant.now(), instant);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A clock in {@code zone} at the current pin; a later {@link #pin} does not move it. */
  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }

  /** Makes the scenario clock the worker's {@link Clock} bean. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Config {
    @Bean
    ScenarioClock clock() {
      ScenarioClock clock = new ScenarioClock();
      clock.pin(ScenarioTestBase.TRADING_DAY);
      return clock;
    }
  }
}
