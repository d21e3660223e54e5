package dev.ibtrading.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the repository's shell scripts ({@code pubsub/setup.sh}, ...) as a user would. */
public final class Scripts {
  private static final long TIMEOUT_SECONDS = 300;

  private Scripts() {}

  /** What a script printed (stdout and stderr together) and how it exited. */
  public record Result(int exitCode, String output) {
    public List<String> lines() {
      return output.lines().toList();
    }
  }

  /** The repository root (Maven's basedir). */
  public static Path repository() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * Runs {@code bash <repository>/<script> args...} in the repository with {@code env} added to
   * this process's environment (a null value removes a variable), waiting at most five minutes.
   */
  public static Result run(String script, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("bash", repository().resolve(script).toString()));
    command.addAll(List.of(args));
    Path output = Files.createTempFile("script-", ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(repository().toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      env.forEach(
          (key, value) -> {
            if (value == null) {
              builder.environment().remove(key);
            } else {
              builder.environment().put(key, value);
            }
          });
      Process process = builder.start();
      boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      assertThat(finished).as(script + " finished within " + TIMEOUT_SECONDS + " s").isTrue();
      return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
