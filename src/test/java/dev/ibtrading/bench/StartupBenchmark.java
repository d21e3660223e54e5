package dev.ibtrading.bench;

import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Startup: from starting the JVM to the first 200 on {@code /actuator/health/readiness}, for the
 * packaged worker on its local defaults (ready = the embedded paper gateway connected; see {@link
 * LocalWorker}) and for a minimal Spring Boot web application with actuator ({@code
 * bench/minimal-web}), in the same run, in the {@link StartupVariant}s asked for; also the CPU time
 * each used until then. Runs alternate between the applications and variants so that a busy moment
 * on the machine hits them alike. On demand, never in the test suite; the command and figures are
 * in docs/performance.md.
 */
public final class StartupBenchmark {
  private static final Logger log = LoggerFactory.getLogger(StartupBenchmark.class);
  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("jar", "target/ib-trading.jar");
    DEFAULTS.put("baseline-jar", "bench/minimal-web/target/minimal-web.jar");
    DEFAULTS.put("aot-jar", "");
    DEFAULTS.put("baseline-aot-jar", "");
    DEFAULTS.put("variants", "jar,extracted,extracted+cds");
    DEFAULTS.put("runs", "5");
    DEFAULTS.put("jvm", "");
    DEFAULTS.put("dir", "target/bench/startup");
    DEFAULTS.put("out", "target/bench/startup-benchmark.md");
  }

  /** An application under test: its jars and how it is started on a port. */
  private record App(
      String name,
      String jar,
      String aotJar,
      IntFunction<List<String>> arguments,
      Map<String, String> environment) {

    String jarFor(StartupVariant variant) {
      return variant.aot() ? aotJar : jar;
    }
  }

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs options = BenchArgs.parse(args, DEFAULTS);
    String report = run(options);
    Path out = Path.of(options.text("out"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  private static String run(BenchArgs options) throws Exception {
    Path dir = Path.of(options.text("dir"));
    List<String> jvm = options.words("jvm");
    StartupReport report = new StartupReport("worker", "minimal web app");
    report.note("Settings: " + options.describe());
    try (PubSubEmulator emulator = LocalWorker.startEmulator(dir)) {
      List<App> apps =
          List.of(
              new App(
                  "worker",
                  options.text("jar"),
                  options.text("aot-jar"),
                  LocalWorker::arguments,
                  LocalWorker.environment(emulator)),
              new App(
                  "minimal web app",
                  options.text("baseline-jar"),
                  options.text("baseline-aot-jar"),
                  port -> List.of("--server.port=" + port),
                  Map.of()));
      Map<String, JavaCommand> commands = new LinkedHashMap<>();
      for (String label : options.list("variants")) {
        StartupVariant variant = StartupVariant.of(label);
        for (App app : apps) {
          if (app.jarFor(variant).isEmpty()) {
            log.info("No {} jar for {}: variant {} skipped", variant.label(), app.name(), label);
            continue;
          }
          Path jar = Path.of(app.jarFor(variant));
          Path work = dir.resolve(app.name().replace(' ', '-'));
          JavaCommand command =
              variant.prepare(jar, work, jvm, app.arguments().apply(0), app.environment());
          commands.put(key(app, variant), command);
          report.note("- " + app.name() + ", " + label + ": `java " + command.describe() + "`");
        }
      }
      int runs = options.integer("runs");
      for (int run = 1; run <= runs; run++) {
        for (String label : options.list("variants")) {
          for (App app : apps) {
            JavaCommand command = commands.get(key(app, StartupVariant.of(label)));
            if (command != null) {
              report.add(app.name(), label, start(app, command, dir));
            }
          }
        }
        log.info("Startup run {}/{} done", run, runs);
      }
    }
    return report.render();
  }

  private static String key(App app, StartupVariant variant) {
    return app.name() + "/" + variant.label();
  }

  /** One timed start: ready after how long, and the resident set at that moment. */
  private static StartupReport.Start start(App app, JavaCommand command, Path dir)
      throws Exception {
    int port = BenchProcess.freePort();
    List<String> arguments = new ArrayList<>(app.arguments().apply(port));
    try (BenchProcess process =
        BenchProcess.start(
            command.withArguments(arguments).toList(),
            app.environment(),
            dir.resolve("last-" + app.name().replace(' ', '-') + ".log"))) {
      Duration ready =
          process.awaitReady(
              URI.create("http://127.0.0.1:" + port + LocalWorker.READINESS),
              Duration.ofMinutes(5));
      long cpu = ProcessCpu.nanos(process.pid());
      long rss = MemoryProbe.procStatus(process.pid())[0];
      log.info(
          String.format(
              Locale.ROOT,
              "%s: ready in %.2f s, CPU %.2f s, RSS %d MiB",
              app.name(),
              ready.toMillis() / 1e3,
              cpu / 1e9,
              rss >> 20));
      return new StartupReport.Start(ready, cpu, rss);
    }
  }
}
