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
  void aWorkerThatExitsIsStartedAgainAndToldWhyWhileTheGatewayKeepsRunning() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    env.put("IB_CREDENTIALS", JSON);
    env.put("WORKER_RESTART_DELAY", "100ms");
    env.put("WORKER_RESTART_MAX_DELAY", "150ms");
    // a stale value in the launcher's own environment must not reach the worker
    env.put(WorkerRestarts.LAST_EXIT, "stale");
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      long first = run.awaitPid("worker");
      long ibc = run.awaitPid("ibc");
      long gateway = run.awaitPid("gateway");
      long xvfb = run.awaitPid("xvfb");
      assertThat(LauncherRun.environment(first))
          .contains(WorkerRestarts.COUNT + "=0", Launcher.SCREENSHOT_DISPLAY + "=:5")
          .noneMatch(entry -> entry.startsWith(WorkerRestarts.LAST_EXIT));

      // out of memory, as the JVM's ExitOnOutOfMemoryError ends it
      Files.writeString(dir.resolve("worker.exit"), "3");
      long second = run.awaitNewPid("worker", first);

      assertThat(run.logText())
          .contains(
              "worker (pid "
                  + first
                  + ") exited with status 3 (out of memory: the JVM's ExitOnOutOfMemoryError)")
          .contains("restart 1 in 100 ms; IBC and the gateway keep running");
      assertThat(LauncherRun.environment(second))
          .contains(WorkerRestarts.COUNT + "=1", Launcher.SCREENSHOT_DISPLAY + "=:5")
          .anyMatch(
              entry ->
                  entry.startsWith(WorkerRestarts.LAST_EXIT + "=status 3 (out of memory")
                      && entry.contains(" after "))
          .anyMatch(entry -> entry.startsWith(WorkerRestarts.LAST_EXIT_AT + "=20"))
          .noneMatch(entry -> entry.contains(PASSWORD) || entry.contains(USER));

      Files.writeString(dir.resolve("worker.exit"), "");
      long third = run.awaitNewPid("worker", second);

      assertThat(run.logText())
          .contains("worker (pid " + second + ") exited with status 7")
          .as("twice the first delay, capped")
          .contains("restart 2 in 150 ms");
      assertThat(LauncherRun.environment(third))
          .contains(WorkerRestarts.COUNT + "=2")
          .anyMatch(entry -> entry.startsWith(WorkerRestarts.LAST_EXIT + "=status 7 after "));
      assertThat(List.of(ibc, gateway, xvfb, third)).allMatch(LauncherRun::isAlive);
      assertThat(run.events()).doesNotContain("ibc-term", "xvfb-term");
      assertThat(run.isAlive()).isTrue();

      assertThat(run.terminate()).isEqualTo(SIGTERM_STATUS);

      assertThat(List.of(ibc, gateway, xvfb, third)).noneMatch(LauncherRun::isAlive);
    }
  }

  @Test
  void sigtermDuringTheWaitBeforeARestartStopsEverythingAndStartsNoWorker() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    env.put("IB_CREDENTIALS", JSON);
    env.put("WORKER_RESTART_DELAY", "10m");
    env.put("WORKER_RESTART_MAX_DELAY", "10m");
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      long worker = run.awaitPid("worker");
      long gateway = run.awaitPid("gateway");
      Files.createFile(dir.resolve("worker.exit"));
      run.awaitLog("restart 1 in 600000 ms");

      assertThat(run.terminate()).isEqualTo(SIGTERM_STATUS);

      assertThat(run.events()).containsOnlyOnce("worker-start").contains("ibc-term");
      assertThat(List.of(worker, gateway)).noneMatch(LauncherRun::isAlive);
      assertThat(run.configFile).doesNotExist();
    }
  }

  @Test
  void anIbcThatExitsWhileTheWorkerWaitsForItsRestartEndsTheLauncher() throws Exception {
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    env.put("IB_CREDENTIALS", JSON);
    env.put("WORKER_RESTART_DELAY", "10m");
    env.put("WORKER_RESTART_MAX_DELAY", "10m");
    try (LauncherRun run = LauncherRun.start(dir, env)) {
      run.awaitPid("worker");
      long ibc = run.awaitPid("ibc");
      long xvfb = run.awaitPid("xvfb");
      Files.createFile(dir.resolve("worker.exit"));
      run.awaitLog("restart 1 in 600000 ms");

      Files.createFile(dir.resolve("ibc.exit"));

      assertThat(run.awaitExit()).isEqualTo(Launcher.FAILED);
      assertThat(run.logText())
          .contains("IBC/gateway (pid " + ibc + ") exited with status 7: stopping the rest");
      assertThat(run.events()).containsOnlyOnce("worker-start");
      assertThat(LauncherRun.isAlive(xvfb)).isFalse();
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
