package dev.ibtrading.soak;

import dev.ibtrading.IbTradingApplication;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.pubsub.PubSubTopology;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The worker as one process of the soak: a Spring context in the {@code local} profile trading an
 * external paper gateway, publishing to an external emulator, keeping its run journal in a given
 * directory. {@link #restart()} closes the context and starts a new one with the same settings:
 * every bit of in-memory state (run ledger, gateway session, order ids) is lost, as in a process
 * restart; what survives is what a restarted container keeps: the journal directory, the gateway
 * and Pub/Sub.
 */
final class SoakWorker implements AutoCloseable {
  /** Thursday 2 January 2025, 10:00 New York: a session, and a day {@code dummy} buys SPY. */
  static final Instant TRADING_DAY = Instant.parse("2025-01-02T15:00:00Z");

  private final List<String> args;
  private ConfigurableApplicationContext context;
  private int restarts;

  SoakWorker(int gatewayPort, String emulatorHostPort, Path journalDir) {
    this.args =
        List.of(
            "--spring.profiles.active=local",
            "--server.port=0",
            "--ib.gateway.mode=external",
            "--ib.gateway.port=" + gatewayPort,
            "--ib.reconnect.min-delay=100ms",
            "--ib.reconnect.max-delay=500ms",
            "--spring.cloud.gcp.pubsub.emulator-host=" + emulatorHostPort,
            "--pubsub.publish-timeout=2s",
            "--scheduler.local.enabled=false",
            "--runs.journal-dir=" + journalDir,
            "--allocation.fill-timeout=" + SoakPlan.FILL_TIMEOUT.toMillis() + "ms");
  }

  void start() {
    context =
        new SpringApplicationBuilder(IbTradingApplication.class)
            // Closed by its owner: a context left to a JVM shutdown hook can block System.exit
            .registerShutdownHook(false)
            .initializers(
                ctx -> {
                  ctx.getBeanFactory()
                      .registerSingleton("soakExcludesTestClasses", new NoTestClasses());
                  ctx.getBeanFactory().registerSingleton("clock", tradingDayClock());
                })
            .run(args.toArray(String[]::new));
  }

  /** Closes this worker process and starts the next one, as a restarted container would. */
  void restart() {
    context.close();
    restarts++;
    start();
  }

  /** Stops the worker, e.g. while Pub/Sub is away (a new one starts with {@link #start()}). */
  void stop() {
    context.close();
    restarts++;
  }

  int restarts() {
    return restarts;
  }

  int httpPort() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  PubSubTopology topology() {
    return context.getBean(PubSubTopology.class);
  }

  boolean connected() {
    return context.getBean(Broker.class).connectionState() == ConnectionState.CONNECTED;
  }

  @Override
  public void close() {
    if (context != null) {
      context.close();
    }
  }

  /**
   * The worker's clock at {@link #TRADING_DAY}, running at the real pace. Registered, not a
   * {@code @Configuration}: the other tests' component scans would pick that up.
   */
  private static Clock tradingDayClock() {
    return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), TRADING_DAY));
  }

  /**
   * Keeps the test classes' configurations (other tests' clocks and gateways) out of the worker's
   * component scan; this is a production context, not a test one.
   */
  static final class NoTestClasses extends TypeExcludeFilter {
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
      return reader.getResource().getURI().toString().contains("/test-classes/");
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof NoTestClasses;
    }

    @Override
    public int hashCode() {
      return NoTestClasses.class.hashCode();
    }
  }
}
