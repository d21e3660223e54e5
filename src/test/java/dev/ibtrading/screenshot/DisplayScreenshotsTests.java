package dev.ibtrading.screenshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capture's child process and its failures, without an X server: a real child JVM against a
 * display nobody serves, and stub {@code java} scripts for a hung child and for two requests at
 * once.
 */
class DisplayScreenshotsTests {
  // what bash puts into its own environment even when started with an empty one
  private static final Set<String> SHELL_VARIABLES = Set.of("PWD", "SHLVL", "_", "OLDPWD");

  @TempDir Path dir;

  @Test
  void withoutADisplayItSaysWhoSetsOne() {
    DisplayScreenshots screenshots =
        new DisplayScreenshots(new ScreenshotProperties("", Duration.ofSeconds(20), null));

    assertThatThrownBy(screenshots::take)
        .isInstanceOf(ScreenshotUnavailableException.class)
        .hasMessage(
            "no display to capture: screenshot.display is not set (in the container the launcher"
                + " sets SCREENSHOT_DISPLAY to the gateway's Xvfb display)");
  }

  @Test
  void aDisplayNobodyServesFailsWithTheJvmsReason() {
    String display = unservedDisplay();
    DisplayScreenshots screenshots =
        new DisplayScreenshots(new ScreenshotProperties(display, Duration.ofSeconds(60), null));

    assertThatThrownBy(screenshots::take)
        .isInstanceOf(ScreenshotUnavailableException.class)
        .hasMessageStartingWith("the screenshot of display " + display + " failed (status 1): ")
        .hasMessageContaining("Can't connect to X11 window server");
  }

  @Test
  void aChildThatHangsIsKilledAfterTheTimeout() throws Exception {
    Path pidFile = dir.resolve("child.pid");
    Path java = script("hung-java", "echo $$ > " + pidFile + "\nexec sleep 120\n");
    DisplayScreenshots screenshots =
        new DisplayScreenshots(new ScreenshotProperties(":5", Duration.ofMillis(500), java));

    assertThatThrownBy(screenshots::take)
        .isInstanceOf(ScreenshotUnavailableException.class)
        .hasMessage("the screenshot of display :5 took longer than 500 ms");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    await("the hung child ends")
        .atMost(Duration.ofSeconds(30))
        .until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
  }

  @Test
  void oneScreenshotAtATimeWithOnlyTheDisplayInTheChildsEnvironment() throws Exception {
    Path started = dir.resolve("started");
    Path release = dir.resolve("release");
    Path java =
        script(
            "slow-java",
            """
            printf '%%s\\n' "$@" > %1$s/args
            env > %1$s/env
            touch %2$s
            for _ in $(seq 1200); do [[ -e %3$s ]] && break; sleep 0.05; done
            printf '\\211PNG\\r\\n\\032\\nstub-image'
            """
                .formatted(dir, started, release));
    DisplayScreenshots screenshots =
        new DisplayScreenshots(new ScreenshotProperties(":5", Duration.ofSeconds(60), java));

    CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(screenshots::take);
    await("the first screenshot's child")
        .atMost(Duration.ofSeconds(30))
        .until(() -> Files.exists(started));

    assertThatThrownBy(screenshots::take)
        .isInstanceOf(ScreenshotUnavailableException.class)
        .hasMessage("another screenshot is being taken; ask again in a moment");

    Files.createFile(release);
    assertThat(new String(first.get(60, TimeUnit.SECONDS), StandardCharsets.ISO_8859_1))
        .endsWith("PNG\r\n\032\nstub-image");
    assertThat(Files.readAllLines(dir.resolve("args")))
        .contains("-Djava.awt.headless=false", "-Xmx64m", ScreenCapture.class.getName());
    assertThat(
            Files.readAllLines(dir.resolve("env")).stream()
                .filter(line -> !SHELL_VARIABLES.contains(line.substring(0, line.indexOf('='))))
                .toList())
        .containsExactly("DISPLAY=:5");
  }

  private Path script(String name, String body) throws IOException {
    Path file = Files.writeString(dir.resolve(name), "#!/bin/bash\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }

  private static String unservedDisplay() {
    for (int number = 9000; number < 9100; number++) {
      if (!Files.exists(Path.of("/tmp/.X11-unix/X" + number))
          && !Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
        return ":" + number;
      }
    }
    throw new IllegalStateException("every display from :9000 to :9099 is taken");
  }
}
