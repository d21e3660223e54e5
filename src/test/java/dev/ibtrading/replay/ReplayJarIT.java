package dev.ibtrading.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code replay} command as a real process: the jar dispatches to it, standard
 * output carries the summary and nothing else, and usage errors exit 2.
 */
class ReplayJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("basedir", "."), "target", "ib-trading.jar");

  @TempDir Path dir;

  record Exit(int code, String out, String err) {}

  @Test
  void replaysAWeekAndPrintsOnlyTheSummary() throws Exception {
    Path out = dir.resolve("out");
    Exit exit =
        jar(
            "replay",
            "--from",
            "2024-11-18",
            "--to",
            "2024-11-22",
            "--bars",
            ReplayUsageTests.BARS,
            "--jobs",
            ReplayCommandTests.JOBS,
            "--out",
            out.toString());

    assertThat(exit.code()).as("stderr: %s", exit.err()).isZero();
    List<String> lines = exit.out().lines().toList();
    assertThat(lines.get(0)).startsWith("replay 2024-11-18..2024-11-22: 5 trading days, 5 runs");
    assertThat(lines).hasSize(15).last().asString().startsWith("report.html");
    assertThat(Files.readAllLines(out.resolve(ReplayFiles.OUTCOMES))).hasSize(5);
  }

  @Test
  void aWrongCommandLineExitsTwoWithTheUsageOnStandardError() throws Exception {
    Exit exit = jar("replay", "--from", "2024-11-18");

    assertThat(exit.code()).isEqualTo(2);
    assertThat(exit.out()).isEmpty();
    assertThat(exit.err()).startsWith("replay: --to is missing").contains("Usage: ");
  }

  private Exit jar(String... args) throws Exception {
    assertThat(JAR).as("packaged jar (run through `mvn verify`)").isRegularFile();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile(dir, "stdout", ".txt");
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("replay still running after 5 minutes: " + Files.readString(stderr));
    }
    return new Exit(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }
}
