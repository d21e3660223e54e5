package dev.ibtrading.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.pubsub.PubSubOutcomePublisher;
import dev.ibtrading.testsupport.Scripts;
import dev.ibtrading.trigger.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The files of {@code monitoring/}: the alert policies are AlertPolicy resources once their
 * placeholders are filled, the log-based metrics are LogMetric resources, and the outcome metric
 * counts the line the worker really logs for each published outcome.
 */
class MonitoringFilesTests {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");
  private static final Path MONITORING = Scripts.repository().resolve("monitoring");

  @Test
  void everyPolicyIsAnAlertPolicyOnceRendered() throws IOException {
    List<Path> policies = files("policies");
    assertThat(policies)
        .extracting(path -> path.getFileName().toString())
        .containsExactlyInAnyOrder(
            "dead-letter-backlog.yaml",
            "readiness-down.yaml",
            "failed-outcome.yaml",
            "job-without-outcome.yaml");
    for (Path policy : policies) {
      Object rendered = yaml(render(Files.readString(policy)));

      assertThat(MonitoringSchema.alertPolicyProblems(rendered)).as(policy.toString()).isEmpty();
    }
  }

  @Test
  void theSchemaCheckRefusesWhatTheApiWouldRefuse() {
    // The check itself can fail: an unknown field, a wrong enum, a duration without unit.
    Map<String, Object> policy =
        Map.of(
            "displayName",
            "x",
            "combiner",
            "EITHER",
            "conditions",
            List.of(
                Map.of(
                    "displayName",
                    "c",
                    "conditionThreshold",
                    Map.of("filter", "f", "duration", "5m", "threshold", 1))));

    List<String> problems = MonitoringSchema.alertPolicyProblems(policy);

    assertThat(problems)
        .hasSize(3)
        .contains(
            "conditions[0].conditionThreshold.duration: expected a duration such as 60s",
            "conditions[0].conditionThreshold.threshold: no such field of MetricThreshold")
        .anyMatch(problem -> problem.startsWith("combiner: expected one of ["));
  }

  @Test
  void everyMetricIsALogMetric() throws IOException {
    List<Path> metrics = files("metrics");
    assertThat(metrics)
        .extracting(path -> path.getFileName().toString())
        .containsExactlyInAnyOrder(
            "ib_trading_outcomes.yaml", "ib_trading_scheduled_triggers.yaml");
    for (Path metric : metrics) {
      assertThat(MonitoringSchema.logMetricProblems(yaml(Files.readString(metric))))
          .as(metric.toString())
          .isEmpty();
    }
  }

  @Test
  void theOutcomeMetricCountsTheLineTheWorkerLogsForEachPublishedOutcome() throws IOException {
    String source =
        Files.readString(
            Scripts.repository()
                .resolve("src/main/java/dev/ibtrading/pubsub/PubSubOutcomePublisher.java"));
    String format = "Outcome of run {} ({} {}) published to {} as message {}";
    assertThat(source).as("the outcome log line").contains('"' + format + '"');
    Map<String, Object> metric =
        yaml(Files.readString(MONITORING.resolve("metrics/ib_trading_outcomes.yaml")));
    String filter = (String) metric.get("filter");
    assertThat(filter)
        .contains("jsonPayload.logger=\"" + PubSubOutcomePublisher.class.getName() + "\"");
    Pattern message = Pattern.compile(quoted(filter, "jsonPayload.message=~"));
    Map<String, Object> extractors = YamlFiles.map(metric.get("labelExtractors"));
    Pattern intent = Pattern.compile(quoted((String) extractors.get("intent"), "message, "));
    Pattern status = Pattern.compile(quoted((String) extractors.get("status"), "message, "));

    for (Intent each : Intent.values()) {
      for (OutcomeStatus outcome : OutcomeStatus.values()) {
        String line =
            MessageFormatter.arrayFormat(
                    format,
                    new Object[] {
                      each.wireName() + ":1234567890",
                      each.wireName(),
                      outcome.wireName(),
                      "ib-outcomes",
                      "987"
                    })
                .getMessage();

        assertThat(message.matcher(line).find()).as(line).isTrue();
        assertThat(group(intent, line)).isEqualTo(each.wireName());
        assertThat(group(status, line)).isEqualTo(outcome.wireName());
      }
    }
    assertThat(message.matcher("Outcome of run r1 (allocation ok) not confirmed").find()).isFalse();
  }

  /** The policy with every placeholder replaced by a plausible value. */
  static String render(String template) {
    Map<String, String> values =
        Map.ofEntries(
            Map.entry("SERVICE", "ib-paper"),
            Map.entry("PREFIX", "ib-"),
            Map.entry("PROJECT_ID", "trading-prod"),
            Map.entry("READINESS_DOWN_MINUTES", "10"),
            Map.entry("READINESS_DOWN_SECONDS", "600"),
            Map.entry("UPTIME_CHECK_ID", "ib-paper-readiness-x1"),
            Map.entry("OUTCOME_WAIT_MINUTES", "15"),
            Map.entry("OUTCOME_WINDOW_MINUTES", "30"),
            Map.entry("JOB", "ib-allocation-close"),
            Map.entry("INTENT", "allocation"));
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      assertThat(values).as("placeholder of monitoring/apply.sh").containsKey(matcher.group(1));
      matcher.appendReplacement(out, Matcher.quoteReplacement(values.get(matcher.group(1))));
    }
    return matcher.appendTail(out).toString();
  }

  static Map<String, Object> yaml(String text) {
    return YamlFiles.map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
  }

  private static List<Path> files(String dir) throws IOException {
    try (Stream<Path> files = Files.list(MONITORING.resolve(dir))) {
      return files.sorted().toList();
    }
  }

  /** The double-quoted string that follows {@code after} in {@code text}. */
  private static String quoted(String text, String after) {
    int start = text.indexOf(after + "\"") + after.length() + 1;
    assertThat(start).as("%s\" in %s", after, text).isGreaterThan(after.length());
    return text.substring(start, text.indexOf('"', start));
  }

  private static String group(Pattern pattern, String line) {
    Matcher matcher = pattern.matcher(line);
    return matcher.find() ? matcher.group(1) : null;
  }
}
