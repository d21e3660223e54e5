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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    assertThat(JAR).as("packaged jar (run through `mvn verify`)").isRegularFile();
    int port = freePort();
    Path state = dir.resolve("state.json");
    Path stderr = dir.resolve("stderr.log");
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    JAR.toString(),
                    "paper-gateway",
                    "--port",
                    String.valueOf(port),
                    "--always-open",
                    "--state",
                    state.toString()))
            .redirectError(stderr.toFile())
            .start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> readLines(process, lines), "jar-stdout");
    reader.setDaemon(true);
    reader.start();
    try {
      String listening = lines.poll(120, TimeUnit.SECONDS);
      assertThat(listening)
          .as("first line on stdout; stderr: %s", Files.readString(stderr))
          .isEqualTo("paper-gateway listening on 127.0.0.1:" + port + " account DU0000001");

      try (IbClient client = new IbClient(IbSettings.defaults("127.0.0.1", port, 4))) {
        client.connect();
        assertThat(new IbBroker(client, "").currentTime())
            .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
      }
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    reader.join(10_000);
    assertThat(lines).as("nothing but the listening line on stdout").isEmpty();
    assertThat(new PaperStateStore(state).load())
        .hasValueSatisfying(
            saved -> assertThat(saved.account().accountId()).isEqualTo("DU0000001"));
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
