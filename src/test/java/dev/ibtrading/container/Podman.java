package dev.ibtrading.container;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Every podman command line of the container test, run with the repository's podman settings
 * ({@code docker/test/containers.conf}, storage in its own directory by {@code
 * docker/test/storage.conf}). Each command, its exit status, duration and output go to the test's
 * output file (failsafe redirects standard output there), except the output of commands that may
 * show a secret, which is only said to be withheld. Secrets never go on a command line: {@code
 * podman run -e NAME} takes the value from this process's environment ({@link #env}).
 */
final class Podman {
  static final Path TEST_CONFIG =
      Path.of(System.getProperty("basedir", "."), "docker", "test").toAbsolutePath();
  private static final PrintStream LOG = System.out;

  /** What a command ended with. */
  record Result(int status, String output, Duration took) {
    boolean ok() {
      return status == 0;
    }
  }

  private final Map<String, String> env;

  /**
   * @param env extra environment of every podman process: values that {@code -e NAME} passes into a
   *     container
   */
  Podman(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** Runs {@code podman args...}; fails unless it exits 0; returns its output. */
  String check(String... args) {
    Result result = run(List.of(args), true, Duration.ofMinutes(20));
    if (!result.ok()) {
      throw new AssertionError(
          "podman "
              + String.join(" ", args)
              + " exited "
              + result.status()
              + ":\n"
              + result.output());
    }
    return result.output();
  }

  /** Runs {@code podman args...} and returns how it ended, whatever that was. */
  Result run(String... args) {
    return run(List.of(args), true, Duration.ofMinutes(20));
  }

  /** As {@link #run}, but the output (which may hold a secret) stays out of the log. */
  Result runWithheld(String... args) {
    return run(List.of(args), false, Duration.ofMinutes(2));
  }

  private Result run(List<String> args, boolean logOutput, Duration timeout) {
    List<String> command = new ArrayList<>();
    command.add("podman");
    command.addAll(args);
    LOG.println("$ " + String.join(" ", command));
    try {
      Path output = Files.createTempFile("podman-", ".out");
      try {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(output.toFile());
        builder.environment().putAll(env);
        builder
            .environment()
            .put("CONTAINERS_CONF", TEST_CONFIG.resolve("containers.conf").toString());
        builder
            .environment()
            .put("CONTAINERS_STORAGE_CONF", TEST_CONFIG.resolve("storage.conf").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          throw new AssertionError(String.join(" ", command) + " still running after " + timeout);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String text = Files.readString(output, StandardCharsets.UTF_8);
        LOG.println(logOutput ? text : "(output withheld: it may show a secret)");
        LOG.printf("[exit %d after %.1f s]%n", process.exitValue(), took.toMillis() / 1000.0);
        LOG.flush();
        return new Result(process.exitValue(), text, took);
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + command, e);
    }
  }
}
