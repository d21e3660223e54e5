package dev.ibtrading.paper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/node/stoqey-conformance/conformance.js}: the independent client
 * {@code @stoqey/ib} driven through the whole trading flow against a gateway at host:port. Used by
 * {@link StoqeyConformanceTests} (in-process gateway) and by the standalone-jar integration test.
 *
 * <p>Which steps run: a given non-empty set (connect and disconnect always run), else the full
 * flow. {@link #stepsFromEnvironment()} reads a subset from {@code -Dconformance.steps} or {@code
 * CONFORMANCE_STEPS}. Skips (or on CI fails) without Node.js 18+, see {@link NodeProject}.
 */
public final class StoqeyConformanceRun {
  /** Per-step timeout the script uses unless told otherwise. */
  public static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofSeconds(5);

  private StoqeyConformanceRun() {}

  /** Runs the flow; see {@link #run(String, int, int, Duration, Set, List)}. */
  public static StoqeyConformanceReport run(
      String host, int port, int clientId, Duration timeout, Set<String> steps) {
    return run(host, port, clientId, timeout, steps, List.of());
  }

  /**
   * Runs the flow and returns what node reported. Node is killed when {@code timeout} passes; the
   * report then says so and lists the steps that never reported.
   *
   * @param steps the steps to run; empty = the full flow
   * @param extraArgs more script options, e.g. {@code --step-timeout-ms 10000} or {@code
   *     --expect-time <epoch seconds>}
   */
  public static StoqeyConformanceReport run(
      String host,
      int port,
      int clientId,
      Duration timeout,
      Set<String> steps,
      List<String> extraArgs) {
    NodeProject project = NodeProject.ready();
    List<String> command = new ArrayList<>();
    command.add(project.node().toString());
    command.add(project.script().toString());
    command.addAll(
        List.of("--host", host, "--port", Integer.toString(port), "--client-id", "" + clientId));
    if (!steps.isEmpty()) {
      command.addAll(List.of("--steps", String.join(",", steps)));
    }
    command.addAll(extraArgs);
    try {
      return execute(command, project.dir(), timeout);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  /** A subset from {@code -Dconformance.steps} or env {@code CONFORMANCE_STEPS}; empty = all. */
  public static Set<String> stepsFromEnvironment() {
    String value = System.getProperty("conformance.steps", System.getenv("CONFORMANCE_STEPS"));
    if (value == null || value.isBlank() || value.strip().equals("all")) {
      return Set.of();
    }
    Set<String> steps = new LinkedHashSet<>();
    Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(steps::add);
    return steps;
  }

  private static StoqeyConformanceReport execute(List<String> command, Path dir, Duration timeout)
      throws IOException, InterruptedException {
    // Files, not pipes: node never blocks on a full pipe, whatever stoqey logs.
    Path stdout = Files.createTempFile("stoqey-conformance", ".out");
    Path stderr = Files.createTempFile("stoqey-conformance", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile());
      // The step list is passed explicitly; an inherited variable must not narrow it again.
      builder.environment().remove("CONFORMANCE_STEPS");
      Process node = builder.start();
      boolean finished = node.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        node.descendants().forEach(ProcessHandle::destroyForcibly);
        node.destroyForcibly();
        node.waitFor(10, TimeUnit.SECONDS);
      }
      return StoqeyConformanceReport.parse(
          Files.readString(stdout, StandardCharsets.UTF_8),
          finished ? node.exitValue() : -1,
          !finished,
          Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }
}
