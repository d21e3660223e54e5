package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.TradingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTests {
  private static final Path HOME = Path.of("/home/ibgateway");
  private static final Path JAVA_HOME = Path.of("/opt/java");

  private static LauncherSettings settings(Map<String, String> env) {
    Map<String, String> withVersion = new HashMap<>(env);
    withVersion.putIfAbsent("IBGATEWAY_VERSION", "10.45.1j");
    return LauncherSettings.from(withVersion, HOME, JAVA_HOME);
  }

  @Test
  void defaultsMatchTheBaseImage() {
    LauncherSettings settings = settings(Map.of());

    assertThat(settings.xvfb().command())
        .containsExactly("Xvfb", ":1", "-screen", "0", "1024x768x24", "-nolisten", "tcp", "-ac");
    assertThat(settings.xvfb().socket()).isEqualTo(Path.of("/tmp/.X11-unix/X1"));
    assertThat(settings.ibc().command("paper"))
        .containsExactly(
            "/opt/ibc/scripts/ibcstart.sh",
            "1045",
            "--gateway",
            "--tws-path=/home/ibgateway/Jts",
            "--tws-settings-path=/home/ibgateway/Jts",
            "--ibc-path=/opt/ibc",
            "--ibc-ini=/home/ibgateway/ibc/config.ini",
            "--mode=paper",
            "--on2fatimeout=restart");
    assertThat(settings.worker().command())
        .containsExactly("/opt/java/bin/java", "-jar", "/app/ib-trading.jar");
    assertThat(settings.workerStopTimeout().plus(settings.gatewayStopTimeout()))
        .as("inside Cloud Run's 10 s")
        .isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void everyPartIsConfigurable() {
    Map<String, String> env = new HashMap<>();
    env.put("XVFB", "/stub/xvfb");
    env.put("XVFB_DISPLAY", ":7");
    env.put("XVFB_ARGS", "-screen 0 800x600x16");
    env.put("XVFB_SOCKET_DIR", "/tmp/x");
    env.put("XVFB_TIMEOUT", "500ms");
    env.put("IBC_START", "/stub/ibc.sh");
    env.put("TWS_MAJOR_VRSN", "1037");
    env.put("TWS_SETTINGS_PATH", "/data/jts");
    env.put("IBC_INI", "/run/ibc.ini");
    env.put("IBC_JAVA_PATH", "/jre/bin");
    env.put("TWOFA_TIMEOUT_ACTION", "EXIT");
    env.put("WORKER_JAVA", "/stub/java");
    env.put("WORKER_JAVA_OPTS", " -Xmx384m   -XX:MaxMetaspaceSize=160m ");
    env.put("WORKER_JAR", "/w.jar");
    env.put("WORKER_STOP_TIMEOUT", "2s");
    env.put("GATEWAY_STOP_TIMEOUT", "1m");

    LauncherSettings settings = settings(env);

    assertThat(settings.xvfb().command())
        .containsExactly("/stub/xvfb", ":7", "-screen", "0", "800x600x16");
    assertThat(settings.xvfb().socket()).isEqualTo(Path.of("/tmp/x/X7"));
    assertThat(settings.xvfb().timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.ibc().command("live"))
        .containsExactly(
            "/stub/ibc.sh",
            "1037",
            "--gateway",
            "--tws-path=/home/ibgateway/Jts",
            "--tws-settings-path=/data/jts",
            "--ibc-path=/opt/ibc",
            "--ibc-ini=/run/ibc.ini",
            "--mode=live",
            "--on2fatimeout=exit",
            "--java-path=/jre/bin");
    assertThat(settings.worker().command())
        .containsExactly("/stub/java", "-Xmx384m", "-XX:MaxMetaspaceSize=160m", "-jar", "/w.jar");
    assertThat(settings.workerStopTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.gatewayStopTimeout()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void theApiPortFollowsTheModeLikeTheWorkersDefault() {
    assertThat(settings(Map.of()).ibcConfig().apiPort()).isEqualTo(4002);
    IbcConfig live =
        settings(Map.of("TRADING_MODE", "LIVE", "TRADING_LIVE_CONFIRMED", "true")).ibcConfig();
    assertThat(live.mode()).isEqualTo(TradingMode.LIVE);
    assertThat(live.apiPort()).isEqualTo(4001);
    assertThat(live.entries(new Credentials("u", "p"))).containsEntry("TradingMode", "live");
    assertThat(settings(Map.of("IB_GATEWAY_PORT", "4010")).ibcConfig().apiPort()).isEqualTo(4010);
  }

  @Test
  void liveModeWithoutTheOptInStartsNothing() {
    assertThatThrownBy(() -> settings(Map.of("TRADING_MODE", "live")))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("TRADING_LIVE_CONFIRMED=true");
  }

  @Test
  void restartTimesSessionActionAndDeviceAreConfigurable() {
    IbcConfig config =
        settings(
                Map.of(
                    "IBC_AUTO_RESTART_TIME", "4:05 AM",
                    "IBC_COLD_RESTART_TIME", "none",
                    "IBC_EXISTING_SESSION_DETECTED_ACTION", "primary",
                    "IBC_RELOGIN_AFTER_2FA_TIMEOUT", "no",
                    "IBC_SECOND_FACTOR_DEVICE", "IB Key"))
            .ibcConfig();
    assertThat(config.entries(new Credentials("u", "p")))
        .containsEntry("AutoRestartTime", "4:05 AM")
        .containsEntry("ColdRestartTime", "")
        .containsEntry("ExistingSessionDetectedAction", "primary")
        .containsEntry("ReloginAfterSecondFactorAuthenticationTimeout", "no")
        .containsEntry("SecondFactorDevice", "IB Key");
  }

  /**
   * Unset, IBC would keep the gateway's own choice, on fresh settings a daily auto-logoff: the
   * gateway would end every night, and the container with it.
   */
  @Test
  void theDailySoftRestartCannotBeTurnedOff() {
    assertThatThrownBy(() -> settings(Map.of("IBC_AUTO_RESTART_TIME", "none")))
        .isInstanceOf(LaunchException.class)
        .hasMessage(
            "IBC_AUTO_RESTART_TIME is none (expected: hh:mm AM or hh:mm PM; the daily soft"
                + " restart cannot be turned off)");
  }

  @Test
  void workerRestartDelaysAreConfigurable() {
    LauncherSettings settings =
        settings(
            Map.of(
                "WORKER_RESTART_DELAY", "250ms",
                "WORKER_RESTART_MAX_DELAY", "2s",
                "WORKER_RESTART_RESET_AFTER", "1m"));

    assertThat(settings.workerRestart())
        .isEqualTo(
            new WorkerRestartPolicy(
                Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofMinutes(1)));
  }

  @Test
  void badValuesNameTheVariableTheValueAndTheExpectation() {
    List<List<String>> cases =
        List.of(
            List.of("TRADING_MODE", "demo", "TRADING_MODE is demo (expected: one of paper, live)"),
            List.of("IB_GATEWAY_PORT", "70000", "IB_GATEWAY_PORT is 70000 (expected: a port"),
            List.of(
                "IBC_AUTO_RESTART_TIME",
                "23:45",
                "IBC_AUTO_RESTART_TIME is 23:45 (expected: hh:mm AM"),
            List.of(
                "IBC_COLD_RESTART_TIME",
                "7:05 AM",
                "IBC_COLD_RESTART_TIME is 7:05 AM (expected: hh:mm (24 h)"),
            List.of("XVFB_TIMEOUT", "30", "XVFB_TIMEOUT is 30 (expected: a duration"),
            List.of("XVFB_DISPLAY", "1", "XVFB_DISPLAY is 1 (expected: a display like :1)"),
            List.of(
                "IBGATEWAY_VERSION", "latest", "IBGATEWAY_VERSION is latest (expected: a version"));
    for (List<String> bad : cases) {
      assertThatThrownBy(() -> settings(Map.of(bad.get(0), bad.get(1))))
          .as(bad.get(0))
          .isInstanceOf(LaunchException.class)
          .hasMessageStartingWith(bad.get(2));
    }
  }

  @Test
  void theGatewayVersionIsRequired() {
    assertThatThrownBy(() -> LauncherSettings.from(Map.of(), HOME, JAVA_HOME))
        .hasMessageStartingWith("neither TWS_MAJOR_VRSN nor IBGATEWAY_VERSION is set");
  }

  @Test
  void childrenLoseEveryCredentialVariable() {
    Map<String, String> env = new HashMap<>();
    for (String name :
        List.of(
            "IB_USER",
            "IB_PASSWORD",
            "IB_CREDENTIALS",
            "IB_CREDENTIALS_FILE",
            "IB_CREDENTIALS_SECRET",
            "TWSUSERID",
            "TWSPASSWORD",
            "FIXUSERID",
            "FIXPASSWORD")) {
      env.put(name, "x");
    }
    env.put("IB_GATEWAY_PORT", "4002");
    env.put("TRADING_MODE", "paper");
    // set by the launcher alone
    env.put("LAUNCHER_LASTWORKEREXIT", "stale");

    ChildEnvironment.scrub(env);

    assertThat(env).containsOnlyKeys("IB_GATEWAY_PORT", "TRADING_MODE");
  }
}
