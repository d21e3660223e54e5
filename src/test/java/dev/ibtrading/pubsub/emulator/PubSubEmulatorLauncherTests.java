package dev.ibtrading.pubsub.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping the real emulator: ready when it says so, nothing left after close. */
@ExtendWith(PubSubEmulatorSupport.class)
class PubSubEmulatorLauncherTests {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @TempDir Path logs;

  @Test
  void startsOnLoopbackAnswersOkAndLeavesNoProcessAfterClose() throws Exception {
    EmulatorInstallation installation = installed();
    assumeTrue(installation.jar() != null, "no emulator jar; the gcloud test covers the wrapper");

    PubSubEmulator emulator =
        new PubSubEmulatorLauncher(installation, logs, Duration.ofSeconds(60)).start();
    ProcessHandle process = emulator.processHandle();
    try {
      assertThat(emulator.isManaged()).isTrue();
      assertThat(emulator.host()).isEqualTo("127.0.0.1");
      assertThat(root(emulator)).isEqualTo("Ok");
      assertThat(process.isAlive()).isTrue();
      assertThat(process.info().arguments().map(List::of).orElse(List.of()))
          .contains("-Xmx128m", "--port=" + emulator.port());
      assertThat(emulator.logFile()).startsWith(logs).exists();
    } finally {
      emulator.close();
    }

    assertThat(process.isAlive()).isFalse();
    assertThat(accepts(emulator.port())).isFalse();
  }

  @Test
  void takesThePreferredPortWhenFreeAndAnotherWhenTaken() throws Exception {
    EmulatorInstallation installation = installed();
    PubSubEmulatorLauncher launcher =
        new PubSubEmulatorLauncher(installation, logs, Duration.ofSeconds(90));
    int free;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      free = probe.getLocalPort();
    }
    try (PubSubEmulator preferred = launcher.start(free)) {
      assertThat(preferred.port()).isEqualTo(free);
    }

    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        PubSubEmulator elsewhere = launcher.start(taken.getLocalPort())) {
      assertThat(elsewhere.port()).isNotEqualTo(taken.getLocalPort());
      assertThat(root(elsewhere)).isEqualTo("Ok");
    }
  }

  @Test
  void theGcloudWrapperIsStoppedWithTheEmulatorItStarted() throws Exception {
    EmulatorInstallation installed = installed();
    assumeTrue(installed.gcloud() != null, "no gcloud on the PATH");
    EmulatorInstallation wrapper = new EmulatorInstallation(null, installed.gcloud(), null);

    PubSubEmulator emulator =
        new PubSubEmulatorLauncher(wrapper, logs, Duration.ofSeconds(90)).start();
    ProcessHandle gcloud = emulator.processHandle();
    List<ProcessHandle> children;
    try {
      assertThat(root(emulator)).isEqualTo("Ok");
      children = gcloud.descendants().toList();
      assertThat(children).as("the emulator JVM under the gcloud wrapper").isNotEmpty();
    } finally {
      emulator.close();
    }

    assertThat(gcloud.isAlive()).isFalse();
    assertThat(children).noneMatch(ProcessHandle::isAlive);
    assertThat(accepts(emulator.port())).isFalse();
  }

  @Test
  void anEmulatorThatExitsAtOnceFailsWithItsLog() {
    EmulatorInstallation broken =
        new EmulatorInstallation(
            logs.resolve("missing-emulator.jar"),
            null,
            Path.of(System.getProperty("java.home"), "bin", "java"));

    assertThatThrownBy(
            () -> new PubSubEmulatorLauncher(broken, logs, Duration.ofSeconds(60)).start())
        .isInstanceOf(PubSubEmulatorException.class)
        .hasMessageContaining("exited with code")
        .hasMessageContaining("missing-emulator.jar");
  }

  @Test
  void externalEmulatorsAreParsedAndNeverStopped() {
    PubSubEmulator external = PubSubEmulator.external("localhost:8085");
    external.close();

    assertThat(external.isManaged()).isFalse();
    assertThat(external.hostPort()).isEqualTo("localhost:8085");
    assertThat(PubSubEmulator.external("[::1]:8085").host()).isEqualTo("::1");
    assertThat(PubSubEmulator.external("[::1]:8085").hostPort()).isEqualTo("[::1]:8085");
    assertThatThrownBy(() -> PubSubEmulator.external("localhost"))
        .hasMessageContaining("expected: host:port");
    assertThatThrownBy(() -> PubSubEmulator.external("localhost:http"))
        .hasMessageContaining("numeric port");
  }

  private static EmulatorInstallation installed() {
    return EmulatorInstallation.find()
        .orElseThrow(() -> new AssertionError(PubSubEmulatorException.INSTALL_HINT));
  }

  private static String root(PubSubEmulator emulator) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://" + emulator.hostPort() + "/"))
                .timeout(Duration.ofSeconds(5))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.body().strip();
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
