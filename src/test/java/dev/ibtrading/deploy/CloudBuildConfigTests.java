package dev.ibtrading.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.ingest.IngestProperties;
import dev.ibtrading.pubsub.PubSubProperties;
import dev.ibtrading.run.RunProperties;
import dev.ibtrading.testsupport.GcloudSupport;
import dev.ibtrading.testsupport.Scripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * {@code cloudbuild.yaml} and {@code cloudbuild-base.yaml}: the deploy has the settings a
 * persistent gateway needs, its environment variables bind to the worker's settings, its probes use
 * the worker's health groups, the app builds on the image the base config makes, and every flag is
 * one the installed gcloud knows.
 */
class CloudBuildConfigTests {
  private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{(_[A-Z0-9_]+)}");

  @Test
  void deploysAnAuthenticatedAlwaysOnSingleInstanceOnGen2() throws IOException {
    List<String> args = deployArgs();

    assertThat(args)
        .contains(
            "--no-cpu-throttling",
            "--min-instances=1",
            "--max-instances=1",
            "--execution-environment=gen2",
            "--timeout=600",
            "--memory=${_MEMORY}",
            "--cpu=${_CPU}",
            "--set-secrets=IB_USER=${_IB_SECRET}:${_IB_SECRET_VERSION},"
                + "IB_PASSWORD=${_IB_SECRET}:${_IB_SECRET_VERSION}",
            "--service-account=${_RUN_SERVICE_ACCOUNT}@${PROJECT_ID}.iam.gserviceaccount.com");
    // Either flag makes gcloud change the service's IAM policy, which the build's
    // roles/run.developer may not: a failed setIamPolicy on every deploy.
    assertThat(args)
        .noneMatch(arg -> arg.equals("--no-allow-unauthenticated"))
        .noneMatch(arg -> arg.equals("--allow-unauthenticated"));
    assertThat(args)
        .contains(
            "--add-volume=name=run-journal,type=cloud-storage,bucket=${PROJECT_ID}-${_SERVICE}-runs",
            "--add-volume-mount=volume=run-journal,mount-path=/mnt/runs")
        .anyMatch(
            arg -> arg.startsWith("--set-env-vars=") && arg.endsWith(",RUNS_JOURNALDIR=/mnt/runs"));
    assertThat(substitutions())
        .containsEntry("_MEMORY", "2Gi")
        .containsEntry("_TRADING_MODE", "paper")
        // One identity and one secret per service; the secret's version has no default.
        .containsEntry("_RUN_SERVICE_ACCOUNT", "${_SERVICE}-worker")
        .containsEntry("_IB_SECRET", "${_SERVICE}")
        .containsEntry("_IB_SECRET_VERSION", "");
  }

  @Test
  void probesUseTheWorkersLivenessGroupNeverTheGatewaysReadiness() throws IOException {
    Properties app = new Properties();
    app.load(
        Files.newBufferedReader(
            Scripts.repository().resolve("src/main/resources/application.properties"),
            StandardCharsets.UTF_8));
    assertThat(app.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
    assertThat(app.getProperty("management.endpoint.health.group.liveness.include"))
        .doesNotContain("gateway");

    for (String probe : List.of("--startup-probe=", "--liveness-probe=")) {
      assertThat(deployArgs())
          .filteredOn(arg -> arg.startsWith(probe))
          .singleElement()
          .asString()
          .contains("httpGet.path=/actuator/health/liveness,");
    }
  }

  @Test
  void environmentVariablesBindToTheWorkersSettings() throws IOException {
    Map<String, String> substitutions = substitutions();
    String envArg =
        deployArgs().stream()
            .filter(arg -> arg.startsWith("--set-env-vars="))
            .findFirst()
            .orElseThrow();
    Map<String, Object> env = new LinkedHashMap<>();
    for (String pair : envArg.substring("--set-env-vars=".length()).split(",")) {
      String value = pair.substring(pair.indexOf('=') + 1).replace("${PROJECT_ID}", "p1");
      for (Map.Entry<String, String> s : substitutions.entrySet()) {
        value = value.replace("${" + s.getKey() + "}", s.getValue());
      }
      env.put(pair.substring(0, pair.indexOf('=')), value);
    }
    env.put("TRADING_MODE", "live");
    env.put("TRADING_LIVE_CONFIRMED", "true");
    env.put("TRADING_ENABLED", "false");
    StandardEnvironment environment = new StandardEnvironment();
    // Only under this name does Spring map TRADING_LIVE_CONFIRMED to trading.live-confirmed; the
    // machine's own environment is left out.
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
    Binder binder = new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));

    TradingProperties trading = binder.bind("trading", TradingProperties.class).get();
    IngestProperties ingest = binder.bind("ingest", IngestProperties.class).get();
    PubSubProperties pubsub = binder.bind("pubsub", PubSubProperties.class).get();
    RunProperties runs = binder.bind("runs", RunProperties.class).get();

    assertThat(trading.mode()).isEqualTo(TradingMode.LIVE);
    assertThat(trading.liveConfirmed()).isTrue();
    assertThat(trading.enabled()).isFalse();
    assertThat(ingest.allowedPushAccounts())
        .containsExactly("pubsub-push@p1.iam.gserviceaccount.com");
    assertThat(pubsub.topicPrefix()).isEqualTo("ib-");
    assertThat(runs.journalDir()).isEqualTo(Path.of("/mnt/runs"));
  }

  @Test
  void theAppBuildsOnTheDigestOfTheImageTheBaseConfigMakesAndEverySubstitutionIsDeclared()
      throws IOException {
    Map<String, Object> baseConfig = YamlFiles.load("cloudbuild-base.yaml");
    List<String> base = stepArgs(baseConfig, "build-base");
    Map<String, Object> baseSubstitutions = YamlFiles.map(baseConfig.get("substitutions"));

    assertThat(base).contains("--file=docker/base/Dockerfile");
    // docker/base/Dockerfile COPYs files relative to its own directory.
    assertThat(base).last().isEqualTo("docker/base");
    String baseTag =
        base.stream().filter(a -> a.startsWith("--tag=")).findFirst().orElseThrow().substring(6);
    // Tagged by what is in it, never a moving name such as "stable".
    assertThat(baseTag).endsWith("/ib-gateway-base:${_IBGATEWAY_VERSION}-ibc${_IBC_VERSION}");
    String builtTag =
        "${_IBGATEWAY_VERSION}-ibc${_IBC_VERSION}"
            .replace("${_IBGATEWAY_VERSION}", (String) baseSubstitutions.get("_IBGATEWAY_VERSION"))
            .replace("${_IBC_VERSION}", (String) baseSubstitutions.get("_IBC_VERSION"));
    assertThat(substitutions()).containsEntry("_BASE_IMAGE_TAG", builtTag);

    String repository = baseTag.substring(0, baseTag.lastIndexOf(':'));
    assertThat(String.join(" ", stepArgs(YamlFiles.load("cloudbuild.yaml"), "base-digest")))
        .contains("gcloud artifacts docker images describe " + repository + ":${_BASE_IMAGE_TAG}")
        .contains("--format='value(image_summary.digest)' > /workspace/base-digest");
    assertThat(String.join(" ", stepArgs(YamlFiles.load("cloudbuild.yaml"), "build")))
        .contains("digest=$$(cat /workspace/base-digest)")
        .contains("--file=docker/app/Dockerfile")
        .contains("--build-arg=BASE_IMAGE=" + repository + "@$${digest}");
    for (String config : List.of("cloudbuild.yaml", "cloudbuild-base.yaml")) {
      String text = Files.readString(Scripts.repository().resolve(config));
      TreeSet<String> used = new TreeSet<>();
      Matcher matcher = SUBSTITUTION.matcher(text);
      while (matcher.find()) {
        used.add(matcher.group(1));
      }
      assertThat(YamlFiles.map(YamlFiles.load(config).get("substitutions")).keySet())
          .as(config)
          .containsExactlyInAnyOrderElementsOf(used);
    }
  }

  @Test
  void theBaseBuildTakesThePinnedInstallersFromTheBucketTheSupplyScriptFills() throws IOException {
    Map<String, Object> config = YamlFiles.load("cloudbuild-base.yaml");
    Map<String, Object> values = YamlFiles.map(config.get("substitutions"));
    String fetch = String.join(" ", stepArgs(config, "fetch-installers"));

    assertThat(fetch)
        .contains(
            "gcloud storage cp"
                + " gs://${_INSTALLERS_BUCKET}/ibgateway-${_IBGATEWAY_VERSION}-standalone-linux-x64.sh"
                + " gs://${_INSTALLERS_BUCKET}/IBCLinux-${_IBC_VERSION}.zip docker/base/downloads/");
    assertThat(stepArgs(config, "build-base"))
        .contains(
            "--build-arg=IBGATEWAY_VERSION=${_IBGATEWAY_VERSION}",
            "--build-arg=IBC_VERSION=${_IBC_VERSION}");
    // The pinned versions are the supply script's defaults, each with its committed checksum.
    String supply =
        Files.readString(Scripts.repository().resolve("docker/base/supply-installers.sh"));
    assertThat(supply)
        .contains(
            "IBGATEWAY_VERSION=\"${IBGATEWAY_VERSION:-" + values.get("_IBGATEWAY_VERSION") + "}\"")
        .contains("IBC_VERSION=\"${IBC_VERSION:-" + values.get("_IBC_VERSION") + "}\"");
    assertThat(values).containsEntry("_INSTALLERS_BUCKET", "${PROJECT_ID}-ib-installers");
    assertThat(Files.readString(Scripts.repository().resolve("docker/base/ibgateway.sha256")))
        .contains("  ibgateway-" + values.get("_IBGATEWAY_VERSION") + "-standalone-linux-x64.sh");
    assertThat(Files.readString(Scripts.repository().resolve("docker/base/ibc.sha256")))
        .containsPattern("(?m)^[0-9a-f]{64}  IBCLinux-" + values.get("_IBC_VERSION") + "\\.zip$");
  }

  @Test
  void bothBuildsRunAsTheDedicatedServiceAccountInTheRegionOfTheBuild() throws IOException {
    for (String config : List.of("cloudbuild.yaml", "cloudbuild-base.yaml")) {
      Map<String, Object> yaml = YamlFiles.load(config);
      Map<String, Object> values = YamlFiles.map(yaml.get("substitutions"));

      assertThat(yaml.get("serviceAccount"))
          .as(config)
          .isEqualTo(
              "projects/${PROJECT_ID}/serviceAccounts/${_BUILD_SERVICE_ACCOUNT}"
                  + "@${PROJECT_ID}.iam.gserviceaccount.com");
      assertThat(values)
          .as(config)
          .containsEntry("_BUILD_SERVICE_ACCOUNT", "ib-build")
          .containsEntry("_REGION", "${LOCATION}");
      // A user-specified build service account needs logs in Cloud Logging only.
      assertThat(YamlFiles.map(yaml.get("options"))).containsEntry("logging", "CLOUD_LOGGING_ONLY");
      assertThat(Files.readString(Scripts.repository().resolve(config)))
          .as("%s names no region but _REGION's", config)
          .doesNotContainPattern("(?<![A-Za-z_])(us|europe|asia)-[a-z]+[0-9]");
    }
  }

  @Test
  void toolImagesArePinnedToAVersion() throws IOException {
    for (String config : List.of("cloudbuild.yaml", "cloudbuild-base.yaml")) {
      for (Object step : YamlFiles.list(YamlFiles.load(config).get("steps"))) {
        String image = String.valueOf(YamlFiles.map(step).get("name"));
        assertThat(image)
            .as("%s step %s", config, YamlFiles.map(step).get("id"))
            .matches(".+:[0-9][0-9.]*[0-9](-[a-z0-9-]+)?(@sha256:[0-9a-f]{64})?");
      }
    }
  }

  /** The preflight step: refuses before building what would fail late or harm a live account. */
  @Nested
  class Preflight {
    @Test
    void aLiveDeploySaysAPersonMustApproveTheSecondFactorAndWaitsForThemToBeReady()
        throws Exception {
      Scripts.Result refused =
          preflight(
              Map.of("_TRADING_MODE", "live", "_SERVICE", "ib-live", "_IB_SECRET_VERSION", "3"));

      assertThat(refused.exitCode()).isEqualTo(1);
      assertThat(refused.output())
          .contains("LIVE: deploying ib-live replaces the running live instance")
          .contains("second-factor prompt")
          .contains("rerun with _LIVE_2FA_READY=yes");

      Scripts.Result ready =
          preflight(
              Map.of(
                  "_TRADING_MODE", "live",
                  "_SERVICE", "ib-live",
                  "_IB_SECRET_VERSION", "3",
                  "_LIVE_2FA_READY", "yes"));

      assertThat(ready.exitCode()).as(ready.output()).isZero();
      assertThat(ready.output()).contains("replaces the running live instance");
    }

    @Test
    void aPaperDeployNeedsNoPerson() throws Exception {
      Scripts.Result paper = preflight(Map.of("_IB_SECRET_VERSION", "1"));

      assertThat(paper.exitCode()).as(paper.output()).isZero();
      assertThat(paper.output()).doesNotContain("LIVE");
    }

    @Test
    void refusesASecretVersionThatIsNotANumber() throws Exception {
      for (String version : List.of("", "latest", "0")) {
        Scripts.Result result = preflight(Map.of("_IB_SECRET_VERSION", version));

        assertThat(result.exitCode()).as(version).isEqualTo(1);
        assertThat(result.output()).contains("never latest");
      }
    }

    @Test
    void refusesABuildWithoutARegion() throws Exception {
      Scripts.Result result = preflight(Map.of("_IB_SECRET_VERSION", "1", "_REGION", "global"));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.output()).contains("--region");
    }

    /** The step's script as Cloud Build would run it: substitutions replaced, $$ made $. */
    private Scripts.Result preflight(Map<String, String> given) throws Exception {
      Map<String, String> values = new LinkedHashMap<>(substitutions());
      values.put("_REGION", "europe-west1");
      values.putAll(given);
      String script = stepArgs(YamlFiles.load("cloudbuild.yaml"), "preflight").get(1);
      for (int round = 0; round < 3; round++) {
        for (Map.Entry<String, String> value : values.entrySet()) {
          script = script.replace("${" + value.getKey() + "}", value.getValue());
        }
      }
      assertThat(script).doesNotContainPattern("\\$\\{_");
      Path file = Files.createTempFile("preflight-", ".sh");
      try {
        Files.writeString(file, script.replace("$$", "$"));
        return Scripts.run(file.toString(), Map.of());
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  /** The flags against the installed gcloud's own help text. */
  @Nested
  @ExtendWith(GcloudSupport.class)
  class WithGcloud {
    @Test
    void everyDeployFlagIsOneGcloudRunDeployKnows() throws Exception {
      Process help =
          new ProcessBuilder(GcloudSupport.gcloud().toString(), "run", "deploy", "--help")
              .redirectErrorStream(true)
              .start();
      help.getOutputStream().close();
      String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(help.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String plain = text.replaceAll("\u001B\\[[0-9;]*m", "");

      List<String> flags =
          deployArgs().stream()
              .filter(arg -> arg.startsWith("--"))
              .map(arg -> arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg)
              .toList();
      assertThat(flags).hasSizeGreaterThan(10);
      for (String flag : flags) {
        String documented =
            flag.startsWith("--no-") ? "--[no-]" + flag.substring("--no-".length()) : flag;
        assertThat(plain).as("gcloud run deploy %s", flag).contains(documented);
      }
      for (String key :
          List.of("initialDelaySeconds", "periodSeconds", "timeoutSeconds", "failureThreshold")) {
        assertThat(plain).contains(key);
      }
    }
  }

  private static List<String> deployArgs() throws IOException {
    return stepArgs(YamlFiles.load("cloudbuild.yaml"), "deploy");
  }

  private static List<String> stepArgs(Map<String, Object> config, String id) {
    return YamlFiles.list(config.get("steps")).stream()
        .map(YamlFiles::map)
        .filter(step -> id.equals(step.get("id")))
        .findFirst()
        .map(step -> YamlFiles.list(step.get("args")).stream().map(String::valueOf).toList())
        .orElseThrow(() -> new AssertionError("no step " + id));
  }

  private static Map<String, String> substitutions() throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    YamlFiles.map(YamlFiles.load("cloudbuild.yaml").get("substitutions"))
        .forEach((key, value) -> values.put(key, String.valueOf(value)));
    return values;
  }
}
