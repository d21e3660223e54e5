package dev.ibtrading.bench;

import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Push-to-acknowledgement latency and resident memory of the packaged worker as a real process on
 * its local defaults (see {@link LocalWorker}); on demand, never in the test suite. The command and
 * the recorded figures are in docs/performance.md.
 *
 * <ol>
 *   <li>Starts a Pub/Sub emulator and the worker on free ports, waits for readiness (the embedded
 *       paper gateway connected), and samples memory after {@code --idle-seconds}.
 *   <li>Sends {@code --triggers} pushes, the intents in turn, {@code --memory-concurrency} at a
 *       time, and samples memory again.
 *   <li>For {@code --rounds} rounds, for each concurrency: the baseline ({@code GET --baseline})
 *       then each intent, {@code --warmup} requests unmeasured, then {@code --requests} measured.
 *       Every push is a new message id, so a new run.
 *   <li>Samples memory once more and prints the Markdown report (also written to {@code --out}).
 * </ol>
 */
public final class PushBenchmark {
  private static final Logger log = LoggerFactory.getLogger(PushBenchmark.class);

  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();
  private static final String ISOLATED = "1 isolated";

  static {
    DEFAULTS.put("jar", "target/ib-trading.jar");
    DEFAULTS.put("intents", "allocation,risk-check,summary");
    DEFAULTS.put("concurrency", "1,10,50");
    DEFAULTS.put("requests", "200");
    DEFAULTS.put("warmup", "50");
    DEFAULTS.put("rounds", "3");
    DEFAULTS.put("isolated", "20");
    DEFAULTS.put("isolated-gap-ms", "1200");
    DEFAULTS.put("baseline", "/actuator/health");
    DEFAULTS.put("triggers", "10000");
    DEFAULTS.put("memory-concurrency", "10");
    DEFAULTS.put("idle-seconds", "10");
    DEFAULTS.put("jvm", "");
    DEFAULTS.put("trading-day", "2025-01-02T15:00:00Z");
    DEFAULTS.put("dir", "target/bench");
    DEFAULTS.put("out", "target/bench/push-benchmark.md");
  }

  private final BenchArgs options;
  private final List<String> intents;
  private final LoadDriver driver = new LoadDriver();
  private long runKeys;
  private long workerPid;

  private PushBenchmark(BenchArgs options) {
    this.options = options;
    this.intents = options.list("intents");
    PushTriggers.requireKnown(intents);
  }

  public static void main(String[] args) throws Exception {
    BenchArgs options = BenchArgs.parse(args, DEFAULTS);
    String report = new PushBenchmark(options).run();
    Path out = Path.of(options.text("out"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  private String run() throws Exception {
    Path dir = Path.of(options.text("dir"));
    String baselineName = "GET " + options.text("baseline") + " (baseline)";
    PushReport report = new PushReport(baselineName);
    report.note("Settings: " + options.describe());
    try (PubSubEmulator emulator = LocalWorker.startEmulator(dir)) {
      int port = BenchProcess.freePort();
      JavaCommand command = command(dir, port);
      report.note("Worker: `java " + command.describe() + "`");
      try (BenchProcess worker =
          BenchProcess.start(
              command.toList(),
              LocalWorker.environment(emulator),
              dir.resolve("push-worker.log"))) {
        URI base = URI.create("http://127.0.0.1:" + port);
        Duration ready =
            worker.awaitReady(base.resolve(LocalWorker.READINESS), Duration.ofMinutes(5));
        workerPid = worker.pid();
        report.note(
            String.format(Locale.ROOT, "Worker ready after %.1f s.", ready.toMillis() / 1e3));
        LocalWorker.dropOutcomeReader(emulator);
        Thread.sleep(options.integer("idle-seconds") * 1000L);
        sample(report, "idle after startup", base);
        PushTriggers triggers = new PushTriggers(base, LocalWorker.PROJECT);
        mixed(triggers, base, report);
        if (options.integer("rounds") > 0) {
          latencyRounds(triggers, baselineName, report);
          sample(report, "after the latency cases", base);
        }
      }
    }
    return report.render();
  }

  private JavaCommand command(Path dir, int port) throws Exception {
    String tradingDay = options.text("trading-day");
    Path jar = Path.of(options.text("jar"));
    List<String> arguments = new ArrayList<>(LocalWorker.arguments(port));
    arguments.add("--management.endpoints.web.exposure.include=health,info,metrics");
    JavaCommand command;
    if (tradingDay.equals("none")) {
      command = JavaCommand.jar(jar);
    } else {
      Instant.parse(tradingDay); // fails early on a typo
      Path classes = dir.resolve("extra-classes");
      command = JavaCommand.jarWithExtraClasses(jar, classes);
      arguments.addAll(LocalWorker.pinClock(classes, tradingDay));
    }
    return command.withJvmOptions(options.words("jvm")).withArguments(arguments);
  }

  private void mixed(PushTriggers triggers, URI base, PushReport report) throws Exception {
    int count = options.integer("triggers");
    if (count == 0) {
      return;
    }
    int concurrency = options.integer("memory-concurrency");
    log.info("{} mixed triggers, {} at a time", count, concurrency);
    LoadDriver.Result result =
        driver.run(concurrency, count, i -> triggers.push(intents.get(i % intents.size())));
    runKeys += count;
    report.note(
        String.format(
            Locale.ROOT,
            "Mixed triggers: %,d at %d concurrent, %.0f req/s, p50 %s ms, p99 %s ms; answers %s.",
            count,
            concurrency,
            result.stats().throughputPerSecond(),
            PushReport.number(result.stats().p50Millis()),
            PushReport.number(result.stats().p99Millis()),
            result.answers()));
    sample(report, "after " + count + " mixed triggers", base);
  }

  /**
   * A memory sample; with {@code -XX:NativeMemoryTracking} among the worker's options, also its
   * native memory summary, written next to the report.
   */
  private void sample(PushReport report, String when, URI base) throws Exception {
    report.memory(when, runKeys, MemoryProbe.take(workerPid, base));
    if (options.text("jvm").contains("NativeMemoryTracking")) {
      Path file = Path.of(options.text("dir"), "nmt-" + when.replace(' ', '-') + ".txt");
      Files.writeString(file, MemoryProbe.jcmd(workerPid, "VM.native_memory summary"));
    }
  }

  private void latencyRounds(PushTriggers triggers, String baselineName, PushReport report)
      throws InterruptedException, IOException {
    int rounds = options.integer("rounds");
    for (int round = 1; round <= rounds; round++) {
      isolated(triggers, baselineName, report);
      for (int concurrency : options.integers("concurrency")) {
        HttpRequest baseline = triggers.get(options.text("baseline"));
        measure(report, baselineName, concurrency, i -> baseline, 0);
        for (String intent : intents) {
          measure(report, intent, concurrency, i -> triggers.push(intent), 1);
        }
        log.info("Round {}/{}: concurrency {} done", round, rounds, concurrency);
      }
    }
  }

  /** Lone requests, spaced beyond the gateway pacer's one-second window. */
  private void isolated(PushTriggers triggers, String baselineName, PushReport report)
      throws InterruptedException, IOException {
    int requests = options.integer("isolated");
    if (requests == 0) {
      return;
    }
    Duration gap = Duration.ofMillis(options.integer("isolated-gap-ms"));
    HttpRequest baseline = triggers.get(options.text("baseline"));
    long cpu = ProcessCpu.nanos(workerPid);
    LoadDriver.Result result = driver.isolated(requests, gap, i -> baseline);
    report.latency(baselineName, ISOLATED, result, ProcessCpu.nanos(workerPid) - cpu);
    for (String intent : intents) {
      cpu = ProcessCpu.nanos(workerPid);
      result = driver.isolated(requests, gap, i -> triggers.push(intent));
      report.latency(intent, ISOLATED, result, ProcessCpu.nanos(workerPid) - cpu);
      runKeys += requests;
    }
  }

  private void measure(
      PushReport report,
      String name,
      int concurrency,
      IntFunction<HttpRequest> request,
      int runKeysEach)
      throws InterruptedException, IOException {
    int warmup = options.integer("warmup");
    int requests = options.integer("requests");
    if (warmup > 0) {
      driver.run(concurrency, warmup, request);
    }
    long cpu = ProcessCpu.nanos(workerPid);
    LoadDriver.Result result = driver.run(concurrency, requests, request);
    long workerCpu = ProcessCpu.nanos(workerPid) - cpu;
    runKeys += (long) (warmup + requests) * runKeysEach;
    report.latency(name, Integer.toString(concurrency), result, workerCpu);
  }
}
