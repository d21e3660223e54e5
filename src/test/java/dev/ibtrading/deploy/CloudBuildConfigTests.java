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
            "--no-allow-unauthenticated",
            "--no-cpu-throttling",
            "--min-instances=1",
            "--max-instances=1",
            "--execution-environment=gen2",
            "--timeout=600",
            "--memory=${_MEMORY}",
            "--cpu=${_CPU}",
            "--set-secrets=IB_USER=${_IB_SECRET}:latest,IB_PASSWORD=${_IB_SECRET}:latest");
    assertThat(args).anyMatch(arg -> arg.startsWith("--service-account="));
    assertThat(args)
        .contains(
            "--add-volume=name=run-journal,type=cloud-storage,bucket=${PROJECT_ID}-${_SERVICE}-runs",
            "--add-volume-mount=volume=run-journal,mount-path=/mnt/runs")
        .anyMatch(
            arg -> arg.startsWith("--set-env-vars=") && arg.endsWith(",RUNS_JOURNALDIR=/mnt/runs"));
    assertThat(substitutions())
        .containsEntry("_MEMORY", "2Gi")
        .containsEntry("_TRADING_MODE", "paper");
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
  void theAppBuildsOnTheImageTheBaseConfigMakesAndEverySubstitutionIsDeclared() throws IOException {
    List<String> build = stepArgs(YamlFiles.load("cloudbuild.yaml"), "build");
    List<String> base = stepArgs(YamlFiles.load("cloudbuild-base.yaml"), "build-base");

    assertThat(build).contains("--file=docker/app/Dockerfile");
    assertThat(base).contains("--file=docker/base/Dockerfile");
    // docker/base/Dockerfile COPYs files relative to its own directory.
    assertThat(base).last().isEqualTo("docker/base");
    String baseImage =
        base.stream().filter(a -> a.startsWith("--tag=")).findFirst().orElseThrow().substring(6);
    assertThat(build).contains("--build-arg=BASE_IMAGE=" + baseImage);
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
