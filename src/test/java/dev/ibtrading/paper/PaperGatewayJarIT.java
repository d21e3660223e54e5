package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code paper-gateway} command as a real process: it announces itself with one
 * line, serves our client, and saves its state when terminated.
 */
class PaperGatewayJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("basedir", "."), "target", "ib-trading.jar");

  @TempDir Path dir;

  @Test
  void runsFromTheJarServesOurClientAndSavesOnTermination() throws Exception {
    int port = freePort();
    Path state = dir.resolve("state.json");
    try (RunningJar jar =
        RunningJar.start(dir, port, "--always-open", "--state", state.toString())) {
      try (IbClient client = new IbClient(IbSettings.defaults("127.0.0.1", port, 4))) {
        client.connect();
        assertThat(new IbBroker(client, "").currentTime())
            .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
      }
      jar.stop();
      assertThat(jar.lines()).as("nothing but the listening line on stdout").isEmpty();
    }
    assertThat(new PaperStateStore(state).load())
        .hasValueSatisfying(
            saved -> assertThat(saved.account().accountId()).isEqualTo("DU0000001"));
  }

  /** The acceptance check: an independent client through the whole flow, on the jar. */
  @Test
  void servesStoqeyThroughTheWholeFlow() throws Exception {
    int port = freePort();
    try (RunningJar jar = RunningJar.start(dir, port, "--always-open")) {
      StoqeyConformanceReport report =
          StoqeyConformanceRun.run("127.0.0.1", port, 9, Duration.ofMinutes(3), Set.of());

      assertThat(report.allPassed()).as(report.describeProblems()).isTrue();
    }
  }

  /** The jar's {@code paper-gateway} command as a child process, stopped on close. */
  private record RunningJar(Process process, BlockingQueue<String> lines, Thread reader)
      implements AutoCloseable {

    static RunningJar start(Path dir, int port, String... extraArgs) throws Exception {
      assertThat(JAR).as("packaged jar (run through `mvn verify`)").isRegularFile();
      Path stderr = Files.createTempFile(dir, "stderr", ".log");
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  JAR.toString(),
                  "paper-gateway",
                  "--port",
                  String.valueOf(port)));
      command.addAll(List.of(extraArgs));
      Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> readLines(process, lines), "jar-stdout");
      reader.setDaemon(true);
      reader.start();
      RunningJar jar = new RunningJar(process, lines, reader);
      String listening = lines.poll(120, TimeUnit.SECONDS);
      if (!("paper-gateway listening on 127.0.0.1:" + port + " account DU0000001")
          .equals(listening)) {
        jar.close();
        throw new AssertionError(
            "first line on stdout: " + listening + "; stderr: " + Files.readString(stderr));
      }
      return jar;
    }

    /** Terminates the process as a shutdown would (SIGTERM) and waits for its output to end. */
    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      reader.join(10_000);
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        stop();
      }
    }
  }

  private static void readLines(Process process, BlockingQueue<String> lines) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
