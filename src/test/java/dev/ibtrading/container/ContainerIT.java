package dev.ibtrading.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.PushConfig;
import com.google.pubsub.v1.Subscription;
import com.google.pubsub.v1.SubscriptionName;
import com.google.pubsub.v1.TopicName;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbSettings;
import dev.ibtrading.launcher.SecretForms;
import dev.ibtrading.launcher.WorkerPush;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.pubsub.PubSubTopology;
import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.testsupport.EmulatorClients;
import dev.ibtrading.testsupport.OutcomeInbox;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import dev.ibtrading.testsupport.RunOrders;
import dev.ibtrading.testsupport.TestSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product as one container, built and run with podman as Cloud Run runs it (issue 13): the real
 * Dockerfiles on a local bookworm (no registry is reachable here: {@link DebianRootfs}), the base
 * image's downloads replaced by {@link StandInDownloads stand-ins} that go through the same build
 * steps, checksum verification included.
 *
 * <p>The run: {@code PORT}, {@code K_SERVICE}, the IB credentials as Cloud Run's {@code
 * --set-secrets} passes them (the secret's JSON in both variables), host networking so that the
 * worker reaches the Pub/Sub emulator on the host and the host reaches the worker and the gateway.
 * Cloud Run's root filesystem is writable (in memory), so this one is too. The worker's clock is
 * set back to a trading day with libfaketime from the host (the dummy strategy buys that day), so
 * that the allocation places an order on any day the test runs; nothing for it is in the images.
 *
 * <p>Podman commands and their output, the build and start times and the image sizes go to the
 * test's output file (target/failsafe-reports/dev.ibtrading.container.ContainerIT-output.txt).
 */
@ExtendWith({PodmanSupport.class, PubSubEmulatorSupport.class})
class ContainerIT {
  private static final Path REPO = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
  private static final Path JAR = REPO.resolve("target/ib-trading.jar");
  static final Path FAKETIME = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");
  private static final String RUN =
      "ib-trading-test-" + UUID.randomUUID().toString().substring(0, 8);
  private static final String DEBIAN = "localhost/ib-trading-test/debian:" + RUN;
  private static final String BASE = "localhost/ib-trading-test/base:" + RUN;
  private static final String APP = "localhost/ib-trading-test/app:" + RUN;
  private static final String PROJECT = "container-it";
  private static final String PUSH_ACCOUNT = "push@container-it.iam.gserviceaccount.com";
  private static final String USER = "ct-user-5e1a";
  // characters that URL-encoding, JSON, base64 and Properties escaping each change
  private static final String PASSWORD = "ct-pw/7c2d+Qz&9=K\"";
  private static final String SECRET_JSON =
      "{\"userid\":\"" + USER + "\",\"password\":\"" + PASSWORD.replace("\"", "\\\"") + "\"}";
  private static final String CONFIG_INI = "/home/ibgateway/ibc/config.ini";
  // the worker starts in about 20 s on an idle machine, minutes on a busy one
  private static final Duration STARTUP = Duration.ofMinutes(8);

  private static final Podman podman =
      new Podman(Map.of("IB_USER", SECRET_JSON, "IB_PASSWORD", SECRET_JSON));

  @TempDir Path dir;

  @BeforeAll
  static void localDebian() {
    assertThat(PodmanSupport.available()).as(PodmanSupport.INSTALL_HINT).isTrue();
    long start = System.nanoTime();
    Path rootfs = DebianRootfs.tarball();
    podman.check("import", rootfs.toString(), DEBIAN);
    log("rootfs and import: %d s", Duration.ofNanos(System.nanoTime() - start).toSeconds());
  }

  @AfterAll
  static void removeWhatTheTestMade() {
    podman.run("rm", "--force", "--time", "0", RUN);
    podman.run("rmi", "--force", APP, BASE, DEBIAN);
    // the builds' intermediate images, untagged, in the test's own storage
    podman.run("image", "prune", "--force");
    assertThat(podman.check("ps", "--all", "--format", "{{.Names}}")).doesNotContain(RUN);
    assertThat(podman.check("images", "--all", "--format", "{{.Repository}}:{{.Tag}}"))
        .doesNotContain(RUN);
  }

  @Test
  void theBaseBuildStopsOnADownloadWithoutItsChecksumNamingTheSupplyScript() throws Exception {
    Path context = baseContext();
    String gateway = StandInDownloads.installerName(arg("IBGATEWAY_VERSION"));
    String ibc = StandInDownloads.ibcZipName(arg("IBC_VERSION"));
    Files.createDirectories(context.resolve("downloads"));
    Files.writeString(context.resolve("downloads").resolve(gateway), "not the installer");
    Files.writeString(context.resolve("downloads").resolve(ibc), "not IBC");
    Files.writeString(
        context.resolve("wrong.sha256"), "0123456789".repeat(6) + "abcd  " + gateway + "\n");
    Files.writeString(context.resolve("no-line.sha256"), "# nothing pinned\n");

    Podman.Result mismatch =
        podman.run(
            "build",
            "--network=host",
            "--layers=false",
            "--build-arg=BASE_IMAGE=" + DEBIAN,
            "--build-arg=IBGATEWAY_SHA256_FILE=wrong.sha256",
            "-t",
            BASE + "-refused",
            context.toString());
    Podman.Result missing =
        podman.run(
            "build",
            "--network=host",
            "--layers=false",
            "--build-arg=BASE_IMAGE=" + DEBIAN,
            "--build-arg=IBGATEWAY_SHA256_FILE=no-line.sha256",
            "-t",
            BASE + "-refused",
            context.toString());

    assertThat(mismatch.status()).isNotZero();
    assertThat(mismatch.output())
        .contains("checksum of " + gateway + " is ")
        .contains("docker/base/supply-installers.sh");
    assertThat(missing.status()).isNotZero();
    assertThat(missing.output())
        .contains("no checksum for " + gateway)
        .contains("docker/base/supply-installers.sh");
  }

  @Test
  void theImageRunsAsCloudRunWouldTradesOnPushAndStopsOnSigterm(PubSubEmulator emulator)
      throws Exception {
    assertThat(JAR).as("packaged jar (run through `mvn verify`)").isRegularFile();
    Path context = baseContext();
    StandInDownloads.write(
        context,
        Files.createDirectory(dir.resolve("work")),
        JAR,
        arg("IBGATEWAY_VERSION"),
        arg("IBC_VERSION"));
    Podman.Result base =
        build(
            "--build-arg=BASE_IMAGE=" + DEBIAN,
            "--build-arg=IBGATEWAY_SHA256_FILE=" + StandInDownloads.GATEWAY_SUMS,
            "--build-arg=IBC_SHA256_FILE=" + StandInDownloads.IBC_SUMS,
            "-t",
            BASE,
            context.toString());
    assertThat(base.output()).contains("checksum OK");
    Podman.Result app =
        build(
            "-f",
            REPO.resolve("docker/app/Dockerfile").toString(),
            "--build-arg=BASE_IMAGE=" + BASE,
            "-t",
            APP,
            REPO.toString());
    log(
        "base build %d s, app build %d s; sizes: base %s, app %s",
        base.took().toSeconds(), app.took().toSeconds(), size(BASE), size(APP));

    PubSubTopology topology = new PubSubTopology(PubSubEmulatorSupport.uniquePrefix());
    OutcomeInbox outcomes = outcomeInbox(emulator, topology);
    int httpPort = TestSettings.freePort();
    int apiPort = TestSettings.freePort();
    String workerOptions =
        imageEnv(APP, "WORKER_JAVA_OPTS")
            + " -Xshare:on -Xlog:class+load=info:file=/tmp/worker-class-load.log";
    long started = System.nanoTime();
    podman.check(
        "run",
        "--detach",
        "--name",
        RUN,
        "--network=host",
        "--memory=2g",
        "-e",
        "PORT=" + httpPort,
        "-e",
        "K_SERVICE=container-it",
        "-e",
        "IB_USER",
        "-e",
        "IB_PASSWORD",
        "-e",
        "TRADING_MODE=paper",
        "-e",
        "IB_GATEWAY_PORT=" + apiPort,
        "-e",
        "GOOGLE_CLOUD_PROJECT=" + PROJECT,
        "-e",
        "PUBSUB_EMULATOR_HOST=" + emulator.hostPort(),
        "-e",
        "PUBSUB_TOPICPREFIX=" + topology.prefix(),
        "-e",
        "INGEST_ALLOWEDPUSHACCOUNTS=" + PUSH_ACCOUNT,
        "-e",
        "UNIVERSE_STRATEGIES=dummy",
        "-e",
        "WORKER_JAVA_OPTS=" + workerOptions,
        "-v",
        FAKETIME + ":/opt/faketime/libfaketime.so.1:ro",
        "-e",
        "LD_PRELOAD=/opt/faketime/libfaketime.so.1",
        "-e",
        "FAKETIME=" + secondsBackToADummyBuyingDay(),
        "-e",
        "FAKETIME_DONT_FAKE_MONOTONIC=1",
        // without it every timed wait goes through libfaketime's fix-up: Spring starts 8x slower
        "-e",
        "FAKETIME_FORCE_MONOTONIC_FIX=0",
        APP);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI liveness = URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/liveness");
    URI readiness = URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness");

    // The stand-in IBC holds the gateway back until the login is approved, as a second factor does.
    awaitStatus(http, liveness, 200);
    Duration toLive = Duration.ofNanos(System.nanoTime() - started);
    assertThat(get(http, readiness).statusCode())
        .as("readiness before the handshake")
        .isEqualTo(503);
    assertThat(get(http, liveness).statusCode())
        .as("liveness while the gateway is down")
        .isEqualTo(200);
    podman.check("exec", RUN, "touch", "/tmp/ibc-standin-approved");
    awaitStatus(http, readiness, 200);
    Duration toReady = Duration.ofNanos(System.nanoTime() - started);
    log(
        "podman run to liveness UP: %.1f s; to readiness UP (gateway approved at once): %.1f s",
        toLive.toMillis() / 1000.0, toReady.toMillis() / 1000.0);

    String runId = "container-it-allocation-" + httpPort;
    HttpResponse<String> pushed =
        WorkerPush.post(
            http,
            httpPort,
            "/allocation",
            "{\"strategies\":[\"dummy\"]}",
            runId,
            WorkerPush.cloudRunToken(PUSH_ACCOUNT));
    assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
    List<PubsubMessage> published =
        outcomes.awaitOf(runId, Duration.ofSeconds(60), got -> !got.isEmpty());
    assertThat(published).as("outcomes of " + runId).hasSize(1);
    Outcome outcome = OutcomeJson.read(published.get(0).getData().toByteArray());
    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(OutcomeStatus.OK);
    Set<Integer> reported = RunOrders.inOutcome(outcome);
    assertThat(reported).as("orders in the outcome").isNotEmpty();
    assertThat(ordersAtTheGateway(apiPort, runId)).isEqualTo(reported);

    List<ContainerProcess> processes = ContainerProcess.list(podman, RUN);
    assertThat(processes).extracting(ContainerProcess::user).containsOnly("ibgateway");
    assertThat(processes)
        .allSatisfy(
            p ->
                assertThat(Files.getOwner(Path.of("/proc", String.valueOf(p.hostPid()))).getName())
                    .isNotEqualTo("root"));
    SecretForms secrets = SecretForms.of(USER, PASSWORD);
    List<String> holders = new ArrayList<>();
    for (ContainerProcess process : processes) {
      secrets.assertAbsentFrom(process.commandLine(), "command line of " + process);
      String environment = String.join("\n", process.environment());
      if (environment.contains(USER) || secrets.all().stream().anyMatch(environment::contains)) {
        holders.add(process.pid() == 1 ? "init" : process.commandLine());
      }
    }
    // PID 1 (tini) is started by the runtime with the container's environment, as on Cloud Run;
    // the launcher reads the credentials from it and passes them to no child.
    assertThat(holders)
        .as("processes whose environment holds the credentials")
        .hasSize(2)
        .contains("init")
        .anyMatch(command -> command.endsWith("-jar /app/ib-trading.jar launch"));
    assertThat(podman.check("exec", RUN, "stat", "-c", "%a %U", CONFIG_INI).strip())
        .isEqualTo("600 ibgateway");
    assertNoSecretInWrittenFiles(secrets);
    secrets.assertAbsentFrom(
        podman.check(
            "inspect",
            "--format",
            "{{json .Path}} {{json .Args}} {{json .Config.Cmd}} {{json .Config.Entrypoint}}",
            RUN),
        "podman inspect's command");

    String classLoads =
        podman.check(
            "exec",
            RUN,
            "grep",
            "-c",
            "source: shared objects file (top)",
            "/tmp/worker-class-load.log");
    assertThat(Integer.parseInt(classLoads.strip()))
        .as("classes the worker took from /app/worker.jsa")
        .isGreaterThan(1000);

    podman.check("stop", "--time", "10", RUN);
    assertThat(podman.check("inspect", "--format", "{{.State.ExitCode}}", RUN).strip())
        .as("ended on SIGTERM, not killed after 10 s (137)")
        .isEqualTo("143");
    String logs = podman.check("logs", RUN);
    secrets.assertAbsentFrom(logs, "podman logs");
    assertThat(logs).doesNotContain(USER);
    assertThat(logs).contains("stopping (SIGTERM)");
    Matcher order =
        Pattern.compile("(?s)worker \\(pid \\d+\\) ended.*IBC/gateway \\(pid \\d+\\) ended")
            .matcher(logs);
    assertThat(order.find()).as("the worker ended before IBC and the gateway:\n" + logs).isTrue();
  }

  private static Podman.Result build(String... args) {
    List<String> command = new ArrayList<>(List.of("build", "--network=host", "--layers=false"));
    command.addAll(List.of(args));
    Podman.Result result = podman.run(command.toArray(String[]::new));
    assertThat(result.status()).as("podman build (its output is in the test's log)").isZero();
    return result;
  }

  /** docker/base without downloads/: the Dockerfile, scripts and committed checksum files. */
  private Path baseContext() throws IOException {
    Path context = Files.createDirectories(dir.resolve("base-context"));
    try (Stream<Path> files = Files.list(REPO.resolve("docker/base"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = context.resolve(file.getFileName().toString());
        Files.copy(file, copy);
        Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(file));
      }
    }
    return context;
  }

  /** The default of a build argument of docker/base/Dockerfile. */
  private static String arg(String name) throws IOException {
    Matcher matcher =
        Pattern.compile("(?m)^ARG " + name + "=(\\S+)$")
            .matcher(Files.readString(REPO.resolve("docker/base/Dockerfile")));
    assertThat(matcher.find()).as("ARG " + name + " in docker/base/Dockerfile").isTrue();
    return matcher.group(1);
  }

  private static String imageEnv(String image, String name) {
    String env =
        podman.check(
            "image", "inspect", "--format", "{{range .Config.Env}}{{println .}}{{end}}", image);
    return env.lines()
        .filter(line -> line.startsWith(name + "="))
        .map(line -> line.substring(name.length() + 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in the environment of " + image));
  }

  private static String size(String image) {
    long bytes =
        Long.parseLong(podman.check("image", "inspect", "--format", "{{.Size}}", image).strip());
    return (bytes / 1_000_000) + " MB";
  }

  /**
   * FAKETIME for libfaketime: the offset in seconds to 10:00 New York on the latest past NYSE
   * trading day whose epoch day is 2 modulo 3, when the dummy strategy's weight is +1 (a buy).
   */
  private static String secondsBackToADummyBuyingDay() {
    ExchangeCalendar nyse = ExchangeCalendar.nyse();
    LocalDate day = LocalDate.now(ExchangeCalendar.NEW_YORK).minusDays(1);
    while (!nyse.isTradingDay(day) || Math.floorMod(day.toEpochDay(), 3) != 2) {
      day = day.minusDays(1);
    }
    Instant target = day.atTime(10, 0).atZone(ExchangeCalendar.NEW_YORK).toInstant();
    log("worker's clock: %s", target);
    return String.valueOf(Duration.between(Instant.now(), target).toSeconds());
  }

  private static OutcomeInbox outcomeInbox(PubSubEmulator emulator, PubSubTopology topology) {
    EmulatorClients clients = new EmulatorClients(emulator, PROJECT);
    clients.topics().createTopic(TopicName.of(PROJECT, topology.outcomeTopic()));
    clients
        .subscriptions()
        .createSubscription(
            Subscription.newBuilder()
                .setName(SubscriptionName.format(PROJECT, topology.outcomeReaderSubscription()))
                .setTopic(TopicName.format(PROJECT, topology.outcomeTopic()))
                .setPushConfig(PushConfig.getDefaultInstance())
                .setAckDeadlineSeconds(60)
                .build());
    return new OutcomeInbox(
        clients.subscriptions(),
        SubscriptionName.format(PROJECT, topology.outcomeReaderSubscription()));
  }

  /** The run's orders as the gateway in the container reports them: executed or still open. */
  private static Set<Integer> ordersAtTheGateway(int apiPort, String runId) {
    try (IbClient client = new IbClient(IbSettings.defaults("127.0.0.1", apiPort, 77))) {
      client.connect();
      return RunOrders.atBroker(new IbBroker(client, ""), runId);
    }
  }

  /**
   * Files the container wrote (podman diff), read on the host through podman mount: the secret only
   * in IBC's config.ini.
   */
  private static void assertNoSecretInWrittenFiles(SecretForms secrets) throws IOException {
    Path root = Path.of(podman.check("mount", RUN).strip());
    try {
      List<String> written = new ArrayList<>();
      for (String line : podman.check("diff", RUN).lines().toList()) {
        String path = line.substring(2).strip();
        Path file = root.resolve(path.substring(1));
        if (!path.equals(CONFIG_INI) && Files.isRegularFile(file)) {
          written.add(path);
          secrets.assertAbsentFrom(Files.readString(file, StandardCharsets.ISO_8859_1), path);
        }
      }
      assertThat(written).as("files written in the container").isNotEmpty();
      assertThat(Files.readString(root.resolve(CONFIG_INI.substring(1)))).contains(USER);
    } finally {
      podman.run("unmount", RUN);
    }
  }

  private static void awaitStatus(HttpClient http, URI uri, int status) {
    await(uri.getPath() + " " + status)
        .atMost(STARTUP)
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptionsInstanceOf(IOException.class)
        .failFast(
            "container ended",
            () ->
                podman
                    .check("inspect", "--format", "{{.State.Running}}", RUN)
                    .strip()
                    .equals("false"))
        .until(() -> get(http, uri).statusCode() == status);
  }

  private static HttpResponse<String> get(HttpClient http, URI uri)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void log(String format, Object... args) {
    System.out.println("[container-it] " + String.format(format, args));
  }
}
