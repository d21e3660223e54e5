package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.testsupport.TestSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container's launch sequence without Docker: {@code java -jar ib-trading.jar launch} on the
 * host, a stub Xvfb, a stub IBC that starts the jar's paper gateway on the API port it reads from
 * the config.ini the launcher wrote (as IBC would start IB Gateway), and the real worker, whose
 * readiness turns UP once it has the gateway's API handshake.
 *
 * <p>The run is also the check that no secret is ever logged: the launcher and the worker log at
 * DEBUG, a push triggers a summary run (the account read through the gateway), and after shutdown
 * every line of output (launcher, IBC stub, gateway, worker) and every file under the run's
 * directory (its working directory and temp directory) is searched for the IB password in any
 * {@link SecretForms form}, the user and the push token.
 */
class LauncherJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("basedir", "."), "target", "ib-trading.jar").toAbsolutePath();
  private static final String USER = "it-user-77d1";
  // characters that URL-encoding, JSON and base64 each change
  private static final String PASSWORD = "it-pw/0b3e+Qz&9=K\"";
  private static final String PUSH_ACCOUNT = "push@launcher-it.iam.gserviceaccount.com";
  private static final Duration STARTUP = Duration.ofMinutes(3);

  /** IBC's stand-in: the paper gateway as its child, on the port from config.ini. */
  private static final String PAPER_IBC =
      """
      #!/bin/bash
      for arg in "$@"; do
        case "$arg" in --ibc-ini=*) ini="${arg#--ibc-ini=}" ;; esac
      done
      port=$(sed -n 's/^OverrideTwsApiPort=//p' "$ini")
      "$STUB_JAVA" -Xmx128m -XX:TieredStopAtLevel=1 -jar "$WORKER_JAR" paper-gateway \\
        --port "$port" --always-open &
      child=$!
      echo "$child" > "$STUB_DIR/gateway.pid"
      trap 'kill -TERM "$child"' TERM
      wait "$child"
      wait "$child"
      """;

  /** The launcher's logging at DEBUG (it logs at INFO otherwise). */
  private static final String LAUNCHER_DEBUG_LOGGING =
      """
      <configuration>
        <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
          <target>System.err</target>
          <encoder><pattern>%d %-5level launcher [%thread] %logger - %msg%n</pattern></encoder>
        </appender>
        <root level="DEBUG"><appender-ref ref="STDERR"/></root>
      </configuration>
      """;

  @TempDir Path dir;

  @Test
  void launchesTheWorkerAgainstTheGatewayUntilReadinessIsUpAndStopsEverythingOnSigterm()
      throws Exception {
    assertThat(JAR).as("packaged jar (run through `mvn verify`)").isRegularFile();
    int apiPort = TestSettings.freePort();
    int httpPort = TestSettings.freePort();
    Map<String, String> env = LauncherRun.stubEnvironment(dir);
    Path ibc = Files.writeString(dir.resolve("paper-ibc.sh"), PAPER_IBC);
    Files.setPosixFilePermissions(ibc, PosixFilePermissions.fromString("rwx------"));
    env.put("IBC_START", ibc.toString());
    env.put("STUB_JAVA", LauncherRun.javaBin());
    env.put("IB_USER", USER);
    env.put("IB_PASSWORD", PASSWORD);
    env.put("IB_GATEWAY_PORT", String.valueOf(apiPort));
    env.put("WORKER_JAVA", LauncherRun.javaBin());
    env.put("WORKER_JAR", JAR.toString());
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    env.put("WORKER_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1 -Djava.io.tmpdir=" + tmp);
    env.put("LOGGING_LEVEL_DEV_IBTRADING", "DEBUG");
    env.put("PUBSUB_PUBLISHTIMEOUT", "3s");
    env.put("PORT", String.valueOf(httpPort));
    env.put("TRADING_MODE", "paper");
    // Pub/Sub is not part of this check: an emulator address nobody listens on
    env.put("PUBSUB_EMULATOR_HOST", "127.0.0.1:" + TestSettings.freePort());
    env.put("GOOGLE_CLOUD_PROJECT", "launcher-it");
    env.put("INGEST_ALLOWEDPUSHACCOUNTS", PUSH_ACCOUNT);
    env.put("K_SERVICE", "launcher-it"); // as on Cloud Run: the cloud-run auth mode needs it
    Path logging = Files.writeString(dir.resolve("launcher-debug.xml"), LAUNCHER_DEBUG_LOGGING);

    List<String> command =
        List.of(
            LauncherRun.javaBin(),
            "-Xmx64m",
            "-Djava.io.tmpdir=" + tmp,
            "-Dlogback.configurationFile=" + logging,
            "-jar",
            JAR.toString(),
            LaunchCommand.NAME);
    try (LauncherRun run = LauncherRun.start(dir, env, command)) {
      long gateway = run.awaitPid("gateway");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      URI readiness = URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness");

      await("worker readiness")
          .atMost(STARTUP)
          .pollInterval(Duration.ofMillis(500))
          .failFast("launcher ended:\n" + run.logText(), () -> !run.isAlive())
          .ignoreExceptionsInstanceOf(IOException.class)
          .until(() -> get(http, readiness).statusCode() == 200);

      assertThat(get(http, readiness).body())
          .as("readiness details only for a caller the triggers would accept")
          .contains("\"status\":\"UP\"")
          .doesNotContain("DU0000001");
      HttpResponse<String> ready =
          get(http, readiness, "Bearer " + WorkerPush.cloudRunToken(PUSH_ACCOUNT));
      assertThat(ready.body())
          .contains("\"status\":\"UP\"")
          .contains("\"gateway\"")
          .contains("127.0.0.1:" + apiPort)
          .contains("DU0000001");
      URI liveness = URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/liveness");
      assertThat(get(http, liveness).statusCode()).isEqualTo(200);
      List<ProcessHandle> children = run.descendants();
      assertThat(children.stream().map(ProcessHandle::pid)).contains(gateway);
      for (ProcessHandle child : children) {
        String commandLine;
        List<String> environment;
        try {
          commandLine = LauncherRun.commandLine(child.pid());
          environment = LauncherRun.environment(child.pid());
        } catch (IOException e) {
          if (child.isAlive()) {
            throw e;
          }
          continue; // one of the stubs' short sleeps, gone between listing and reading
        }
        assertThat(commandLine).doesNotContain(PASSWORD);
        assertThat(environment)
            .noneMatch(entry -> entry.contains(PASSWORD) || entry.contains(USER));
      }
      assertThat(LauncherRun.commandLine(gateway)).contains("--port " + apiPort);

      assertThat(LauncherRun.environment(run.pid()))
          .as("the launcher has the password to keep out of the logs")
          .contains("IB_PASSWORD=" + PASSWORD);
      String runId = "launcher-it-summary-" + httpPort;
      String token = WorkerPush.cloudRunToken(PUSH_ACCOUNT);
      HttpResponse<String> summary =
          WorkerPush.post(http, httpPort, "/summary", "{\"dryRun\":false}", runId, token);
      // 503: the run ended, but no Pub/Sub emulator listens to take its outcome
      assertThat(summary.statusCode()).as(summary.body()).isIn(200, 503);
      assertThat(summary.body()).contains("\"runId\":\"" + runId + "\"");

      // The worker killed as the kernel's out-of-memory killer would: the launcher starts a new
      // one, which reaches the same gateway session (the gateway's process is the same) and
      // reports the restart in its readiness details.
      ProcessHandle worker = worker(run);
      worker.destroyForcibly();
      await("the worker started again, ready, reporting its restart")
          .atMost(STARTUP)
          .pollInterval(Duration.ofMillis(500))
          .failFast("launcher ended:\n" + run.logText(), () -> !run.isAlive())
          .ignoreExceptionsInstanceOf(IOException.class)
          .until(
              () ->
                  get(http, readiness, "Bearer " + WorkerPush.cloudRunToken(PUSH_ACCOUNT))
                      .body()
                      .contains("\"restarts\":1"));
      HttpResponse<String> again =
          get(http, readiness, "Bearer " + WorkerPush.cloudRunToken(PUSH_ACCOUNT));
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      assertThat(again.body())
          .contains("\"workerRestarts\"")
          .contains("status 137 (SIGKILL: the kernel's out-of-memory killer, or kill -9)");
      assertThat(worker(run).pid()).isNotEqualTo(worker.pid());
      assertThat(LauncherRun.isAlive(gateway)).as("the gateway kept running").isTrue();
      assertThat(run.logText()).contains("restart 1 in 1000 ms; IBC and the gateway keep running");
      children = run.descendants();

      assertThat(run.terminate()).isEqualTo(143);

      assertThat(children).noneMatch(child -> LauncherRun.isAlive(child.pid()));
      String log = run.logText();
      assertThat(log)
          .as("the run's output: startup, the summary run at DEBUG, shutdown")
          .contains("CredentialsResolver - IB credentials from IB_USER and IB_PASSWORD")
          .contains("Paper gateway for account DU0000001 listening")
          .contains("POST /summary by " + PUSH_ACCOUNT)
          .contains("Run " + runId + " (summary) ended ok")
          .contains("stopping (SIGTERM)");
      SecretForms password = SecretForms.of(USER, PASSWORD);
      password.assertAbsentFrom(log, "the run's output");
      assertThat(log).doesNotContain(USER).doesNotContain(token);
      assertThat(dir.resolve("ibc/config.ini")).as("deleted on shutdown").doesNotExist();
      assertThat(password.assertAbsentFromFilesUnder(dir)).contains(run.log);
    }
  }

  /** The worker: the launcher's child that runs the jar without a subcommand. */
  private static ProcessHandle worker(LauncherRun run) {
    return run.descendants().stream()
        .filter(child -> child.parent().map(parent -> parent.pid() == run.pid()).orElse(false))
        .filter(
            child -> {
              try {
                return LauncherRun.commandLine(child.pid()).endsWith(JAR.toString());
              } catch (IOException e) {
                return false;
              }
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no worker below the launcher:\n" + run.logText()));
  }

  private static HttpResponse<String> get(HttpClient http, URI uri, String... authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET();
    for (String value : authorization) {
      request.header("Authorization", value);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
