package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as a real process with stub Xvfb, IBC and worker programs ({@link LauncherStubs}):
 * the launch sequence, where the credentials go and where they must not, and how it stops.
 */
class LauncherProcessTests {
  private static final String USER = "stub-user-5f3a";
  private static final String PASSWORD = "pw-9c1e-secret";
  private static final String JSON =
      "{\"userid\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}";
  private static final int SIGTERM_STATUS = 143;

  @TempDir Path dir;

  @Test
  void startsInOrderAndKeepsTheCredentialsInTheConfigFileOnly() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    // what Cloud Run's --set-secrets IB_USER=s:latest,IB_PASSWORD=s:latest produces
    env.put("IB_USER", JSON);
    env.put("IB_PASSWORD", JSON);
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      long worker = run.awaitPid("worker");
      long ibc = run.awaitPid("ibc");
      long xvfb = run.awaitPid("xvfb");
      long gateway = run.awaitPid("gateway");

      // Xvfb's socket comes before anything that needs a display; IBC and the worker are started
      // back to back, and each stub writes its own start line, so those two may land either way.
      List<String> events = run.events();
      assertThat(events).first().isEqualTo("xvfb-start");
      assertThat(events.subList(1, 3)).containsExactlyInAnyOrder("ibc-start", "worker-start");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run.configFile)))
          .isEqualTo("rw-------");
      Properties config = load(run.configFile);
      assertThat(config)
          .containsEntry("IbLoginId", USER)
          .containsEntry("IbPassword", PASSWORD)
          .containsEntry("TradingMode", "paper")
          .containsEntry("OverrideTwsApiPort", "4002");
      assertThat(Files.readAllLines(dir.resolve("ibc.args")))
          .containsExactly(
              "1045",
              "--gateway",
              "--tws-path=" + dir.resolve("jts"),
              "--tws-settings-path=" + dir.resolve("jts"),
              "--ibc-path=/opt/ibc",
              "--ibc-ini=" + run.configFile,
              "--mode=paper",
              "--on2fatimeout=restart");

      List<ProcessHandle> children = run.descendants();
      List<Long> longLived = List.of(worker, ibc, xvfb, gateway);
      assertThat(children.stream().map(ProcessHandle::pid)).containsAll(longLived);
      for (ProcessHandle child : children) {
        String commandLine;
        List<String> environment;
        try {
          commandLine = LauncherRun.commandLine(child.pid());
          environment = LauncherRun.environment(child.pid());
        } catch (IOException e) {
          if (longLived.contains(child.pid())) {
            throw e;
          }
          continue; // one of the stubs' short sleeps, gone already
        }
        assertThat(commandLine)
            .as("command line of pid %d", child.pid())
            .doesNotContain(USER)
            .doesNotContain(PASSWORD);
        assertThat(environment)
            .as("environment of pid %d", child.pid())
            .noneMatch(entry -> entry.startsWith("IB_USER=") || entry.startsWith("IB_PASSWORD="))
            .noneMatch(entry -> entry.startsWith("IB_CREDENTIALS"))
            .noneMatch(entry -> entry.contains(PASSWORD) || entry.contains(USER));
      }
      assertThat(LauncherRun.environment(ibc)).contains("DISPLAY=:5");
      assertThat(LauncherRun.environment(worker)).contains("IBGATEWAY_VERSION=10.45.1j");

      assertThat(run.terminate()).isEqualTo(SIGTERM_STATUS);

      assertThat(run.events())
          .as("the worker stops before IBC is told to")
          .containsSubsequence("worker-term", "worker-stopped", "ibc-term");
      assertThat(List.of(worker, ibc, xvfb, gateway)).noneMatch(LauncherRun::isAlive);
      assertThat(run.configFile).as("removed on stop").doesNotExist();
      assertThat(run.logText()).doesNotContain(USER).doesNotContain(PASSWORD);
    }
  }

  @Test
  void aWorkerThatIgnoresSigtermIsKilledAfterItsTimeout() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    Path file = Files.writeString(dir.resolve("ib.json"), JSON);
    env.put("IB_CREDENTIALS_FILE", file.toString());
    env.put("STUB_WORKER_TERM", "ignore");
    env.put("WORKER_STOP_TIMEOUT", "1s");
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      long worker = run.awaitPid("worker");
      long gateway = run.awaitPid("gateway");
      assertThat(load(run.configFile)).containsEntry("IbPassword", PASSWORD);

      assertThat(run.terminate()).isEqualTo(SIGTERM_STATUS);

      assertThat(run.logText()).contains("still running 1000 ms after SIGTERM: killing pids");
      assertThat(LauncherRun.isAlive(worker))
          .as(run.logText() + LauncherRun.state(worker))
          .isFalse();
      assertThat(LauncherRun.isAlive(gateway)).isFalse();
      assertThat(run.events()).contains("ibc-term");
    }
  }

  @Test
  void aWorkerThatExitsTakesTheLauncherAndTheGatewayDown() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    env.put("IB_CREDENTIALS", JSON);
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      long worker = run.awaitPid("worker");
      long ibc = run.awaitPid("ibc");
      long gateway = run.awaitPid("gateway");
      long xvfb = run.awaitPid("xvfb");

      Files.createFile(dir.resolve("worker.exit"));

      assertThat(run.awaitExit()).isEqualTo(Launcher.FAILED);
      assertThat(run.logText()).contains("worker (pid " + worker + ") exited with status 7");
      assertThat(List.of(ibc, gateway, xvfb)).noneMatch(LauncherRun::isAlive);
    }
  }

  @Test
  void anIbcThatExitsTakesTheLauncherAndTheWorkerDown() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    env.put("IB_USER", USER);
    env.put("IB_PASSWORD", PASSWORD);
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      long worker = run.awaitPid("worker");
      long ibc = run.awaitPid("ibc");

      Files.createFile(dir.resolve("ibc.exit"));

      assertThat(run.awaitExit()).isEqualTo(Launcher.FAILED);
      assertThat(run.logText()).contains("IBC/gateway (pid " + ibc + ") exited with status 7");
      assertThat(run.events()).contains("worker-term", "worker-stopped");
      assertThat(LauncherRun.isAlive(worker)).isFalse();
    }
  }

  @Test
  void xvfbWithoutItsSocketFailsTheLaunchBeforeAnythingElseStarts() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    env.put("IB_CREDENTIALS", JSON);
    env.put("STUB_XVFB_NO_SOCKET", "1");
    env.put("XVFB_TIMEOUT", "500ms");
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      long xvfb = run.awaitPid("xvfb");

      assertThat(run.awaitExit()).isEqualTo(Launcher.FAILED);
      assertThat(run.logText())
          .contains("Xvfb did not create " + dir.resolve("x11/X5") + " within 500 ms");
      assertThat(LauncherRun.isAlive(xvfb)).isFalse();
      assertThat(run.events()).containsExactly("xvfb-start", "xvfb-term");
      assertThat(run.configFile).doesNotExist();
    }
  }

  @Test
  void sigtermWhileWaitingForXvfbStopsItAndStartsNothingElse() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    env.put("IB_CREDENTIALS", JSON);
    env.put("STUB_XVFB_NO_SOCKET", "1");
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      long xvfb = run.awaitPid("xvfb");

      assertThat(run.terminate()).isEqualTo(SIGTERM_STATUS);

      assertThat(LauncherRun.isAlive(xvfb)).isFalse();
      assertThat(run.events()).containsExactly("xvfb-start", "xvfb-term");
    }
  }

  @Test
  void badCredentialsStopTheLaunchWithoutQuotingThem() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    env.put("IB_CREDENTIALS", "{\"userid\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}}");
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      assertThat(run.awaitExit()).isEqualTo(Launcher.FAILED);

      assertThat(run.logText())
          .contains("launch failed: IB_CREDENTIALS is not valid JSON")
          .doesNotContain(USER)
          .doesNotContain(PASSWORD);
      assertThat(run.events()).containsExactly("xvfb-start", "xvfb-term");
      assertThat(dir.resolve("ibc.pid")).doesNotExist();
    }
  }

  @Test
  void invalidSettingsStartNothing() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    env.put("IB_CREDENTIALS", JSON);
    env.put("TRADING_MODE", "live");
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      assertThat(run.awaitExit()).isEqualTo(Launcher.FAILED);

      assertThat(run.logText()).contains("invalid settings: live trading needs an explicit opt-in");
      assertThat(run.events()).isEmpty();
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    return properties;
  }
}
