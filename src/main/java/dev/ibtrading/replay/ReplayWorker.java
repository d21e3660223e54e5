package dev.ibtrading.replay;

import dev.ibtrading.IbTradingApplication;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.ib.IbSettings;
import dev.ibtrading.outcome.OutcomePublisher;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.trigger.TriggerHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * The worker inside a replay: the application's own Spring context, with its handlers, strategies,
 * run coordinator and settings ({@code allocation.*}, {@code strategies.*}, ... from the usual
 * property sources, under a {@link SettingsSet}'s), connected over a loopback socket to the
 * replay's paper gateway. What differs from a deployed worker, and why:
 *
 * <ul>
 *   <li>No web server and no Pub/Sub: triggers go straight to the run coordinator, outcomes to a
 *       file ({@link JsonLinesOutcomePublisher}).
 *   <li>The clock is the replay's ({@link VirtualClock}); fill waits end at once ({@link
 *       VirtualTimeBroker}).
 *   <li>Paper trading with the kill switch on, always: a replay never talks to a real gateway.
 *   <li>The client's message pacing is lifted: it protects IB Gateway's 50 messages per real
 *       second, which the in-process paper gateway does not enforce and a year replayed in seconds
 *       would exceed for no reason.
 *   <li>Beans are created lazily: a replay starts faster without the status page and web pieces it
 *       never uses.
 * </ul>
 */
final class ReplayWorker implements AutoCloseable {
  static final Duration CONNECT_WAIT = Duration.ofSeconds(30);
  private static final String NO_PUSH_ACCOUNT = "replay-no-push@replay.invalid";
  private static final int UNPACED_MESSAGES_PER_SECOND = 100_000;

  /**
   * Settings the replay sets itself (below): a settings set may not name them, since the command
   * line's values would win without a word.
   */
  static final List<String> FIXED_PREFIXES =
      List.of(
          "spring.", "scheduler.local.", "runs.journal-dir", "ingest.", "trading.", "ib.gateway.");

  private final ConfigurableApplicationContext context;

  private ReplayWorker(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts the worker and waits until its gateway session is up.
   *
   * @param logConfig a logback configuration for the context, or null to keep the caller's
   * @param settings worker settings over the environment's and the application properties, under
   *     the replay's own
   * @throws IllegalStateException if the session is not up within {@link #CONNECT_WAIT}
   */
  static ReplayWorker start(
      int gatewayPort,
      Clock clock,
      OutcomePublisher publisher,
      String logConfig,
      SettingsSet settings) {
    List<String> args = new ArrayList<>();
    args.add("--spring.main.banner-mode=off");
    args.add("--spring.main.lazy-initialization=true");
    args.add("--spring.cloud.gcp.pubsub.enabled=false");
    args.add("--spring.cloud.gcp.core.enabled=false");
    args.add("--scheduler.local.enabled=false");
    // Replay run keys repeat from one replay to the next by design; a run journal (e.g. from
    // RUNS_JOURNALDIR in the shell) would answer them from an earlier replay instead of running.
    args.add("--runs.journal-dir=");
    // No push endpoint listens; the push edge's settings only need to be valid.
    args.add("--ingest.allowed-push-accounts=" + NO_PUSH_ACCOUNT);
    args.add("--trading.mode=paper");
    args.add("--trading.enabled=true");
    args.add("--ib.gateway.mode=external");
    args.add("--ib.gateway.host=127.0.0.1");
    args.add("--ib.gateway.port=" + gatewayPort);
    if (logConfig != null) {
      args.add("--logging.config=" + logConfig);
    }
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(IbTradingApplication.class)
            .web(WebApplicationType.NONE)
            .profiles("replay")
            .registerShutdownHook(false)
            .initializers(
                ctx -> {
                  ctx.getBeanFactory().registerSingleton("replayClock", clock);
                  ctx.getBeanFactory().registerSingleton("replayOutcomePublisher", publisher);
                  ctx.getBeanFactory().addBeanPostProcessor(new VirtualTime());
                  addSettings(ctx.getEnvironment().getPropertySources(), settings);
                })
            .run(args.toArray(String[]::new));
    ReplayWorker worker = new ReplayWorker(context);
    try {
      worker.awaitConnected();
    } catch (RuntimeException e) {
      worker.close();
      throw e;
    }
    return worker;
  }

  private static void addSettings(MutablePropertySources sources, SettingsSet settings) {
    if (settings.properties().isEmpty()) {
      return;
    }
    Map<String, Object> values = new LinkedHashMap<>(settings.properties());
    MapPropertySource source = new MapPropertySource("replay settings " + settings.name(), values);
    String commandLine = CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME;
    if (sources.contains(commandLine)) {
      sources.addAfter(commandLine, source);
    } else {
      sources.addFirst(source);
    }
  }

  Broker broker() {
    return context.getBean(Broker.class);
  }

  /**
   * The worker's exchange calendar: NYSE's rules and the configured {@code calendar.*} extras, the
   * days and hours the replay steps through. The replay's paper gateway starts before the worker
   * (the worker needs its port) and keeps NYSE's rules only: on an extra closed day nothing is
   * replayed, but the gateway's seeded price model still has a bar for it.
   */
  ExchangeCalendar calendar() {
    return context.getBean(ExchangeCalendar.class);
  }

  TriggerHandler triggers() {
    return context.getBean(TriggerHandler.class);
  }

  @Override
  public void close() {
    context.close();
  }

  private void awaitConnected() {
    Broker broker = broker();
    long deadline = System.nanoTime() + CONNECT_WAIT.toNanos();
    while (broker.connectionState() != ConnectionState.CONNECTED) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the worker did not connect to the replay's paper gateway within "
                + CONNECT_WAIT
                + " (state: "
                + broker.connectionState()
                + ", expected: CONNECTED)");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the worker connected", e);
      }
    }
  }

  /** Puts the replay's broker and client settings in place of the deployed ones. */
  private static final class VirtualTime implements BeanPostProcessor {
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof Broker broker && !(bean instanceof VirtualTimeBroker)) {
        return new VirtualTimeBroker(broker);
      }
      if (bean instanceof IbSettings s) {
        return new IbSettings(
            s.host(),
            s.port(),
            s.clientId(),
            s.connectTimeout(),
            s.requestTimeout(),
            s.maxServerVersion(),
            UNPACED_MESSAGES_PER_SECOND,
            s.maxFrameLength(),
            s.reconnectMinDelay(),
            s.reconnectMaxDelay());
      }
      return bean;
    }
  }
}
