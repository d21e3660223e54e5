package dev.ibtrading.schedule;

import dev.ibtrading.pubsub.TriggerTopic;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The jobs file {@code scheduler/jobs.yaml}: a time zone, a default scenario and, per scenario, the
 * Cloud Scheduler jobs to run. {@code scheduler/setup.sh} creates the same jobs in Cloud Scheduler;
 * the local profile fires them itself ({@link LocalScheduler}).
 *
 * @param timeZone the zone of every job's schedule
 * @param defaultScenario the scenario used when none is chosen
 * @param scenarios the jobs of each scenario, in file order
 */
record SchedulerJobs(
    ZoneId timeZone, String defaultScenario, Map<String, List<ScheduledJob>> scenarios) {
  private static final Set<String> JOB_KEYS =
      Set.of("name", "description", "schedule", "topic", "body", "attributes");

  public SchedulerJobs {
    scenarios = Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
  }

  /**
   * Reads and checks a jobs file.
   *
   * @throws IllegalArgumentException naming the file and what in it is wrong
   * @throws IOException if it cannot be read
   */
  public static SchedulerJobs load(Path file) throws IOException {
    Object root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (YAMLException e) {
      throw new IllegalArgumentException(file + " is not YAML: " + e.getMessage(), e);
    }
    try {
      return parse(map(root, "the document"));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** The name {@code scenario} stands for: itself, or the default scenario when null or blank. */
  public String scenarioName(String scenario) {
    return scenario == null || scenario.isBlank() ? defaultScenario : scenario.strip();
  }

  /** The jobs of {@code scenario}, or of the default scenario when it is null or blank. */
  public List<ScheduledJob> scenario(String scenario) {
    String name = scenarioName(scenario);
    List<ScheduledJob> jobs = scenarios.get(name);
    if (jobs == null) {
      throw new IllegalArgumentException(
          "no scenario '" + name + "' (expected one of: " + scenarios.keySet() + ")");
    }
    return jobs;
  }

  private static SchedulerJobs parse(Map<?, ?> root) {
    ZoneId zone = ZoneId.of(text(root.get("timeZone"), "timeZone"));
    String fallback = text(root.get("defaultScenario"), "defaultScenario");
    Map<String, List<ScheduledJob>> scenarios = new LinkedHashMap<>();
    for (Map.Entry<?, ?> scenario : map(root.get("scenarios"), "scenarios").entrySet()) {
      String name = String.valueOf(scenario.getKey());
      List<ScheduledJob> jobs = new ArrayList<>();
      for (Object job : list(scenario.getValue(), "scenario " + name)) {
        jobs.add(job(map(job, "a job of scenario " + name), zone));
      }
      scenarios.put(name, List.copyOf(jobs));
    }
    if (!scenarios.containsKey(fallback)) {
      throw new IllegalArgumentException(
          "defaultScenario "
              + fallback
              + " is not a scenario (expected one of: "
              + scenarios.keySet()
              + ")");
    }
    return new SchedulerJobs(zone, fallback, scenarios);
  }

  private static ScheduledJob job(Map<?, ?> job, ZoneId zone) {
    String name = text(job.get("name"), "a job's name");
    for (Object key : job.keySet()) {
      if (!JOB_KEYS.contains(String.valueOf(key))) {
        throw new IllegalArgumentException(
            "job " + name + " has key " + key + " (expected only: " + JOB_KEYS + ")");
      }
    }
    String topicName = text(job.get("topic"), "job " + name + " topic");
    TriggerTopic topic =
        Arrays.stream(TriggerTopic.values())
            .filter(t -> t.baseName().equals(topicName))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "job "
                            + name
                            + " topic "
                            + topicName
                            + " (expected one of: "
                            + Arrays.stream(TriggerTopic.values())
                                .map(TriggerTopic::baseName)
                                .toList()
                            + ")"));
    Object description = job.get("description");
    return new ScheduledJob(
        name,
        description == null ? "" : String.valueOf(description),
        text(job.get("schedule"), "job " + name + " schedule"),
        zone,
        topic,
        text(job.get("body"), "job " + name + " body"),
        attributes(job.get("attributes"), name));
  }

  /** gcloud's {@code KEY=VALUE,...} form, as {@code scheduler/setup.sh} passes it on. */
  static Map<String, String> attributes(Object value, String job) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (value == null || String.valueOf(value).isBlank()) {
      return attributes;
    }
    for (String pair : String.valueOf(value).split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "job " + job + " attributes '" + value + "' (expected KEY=VALUE,...)");
      }
      attributes.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return attributes;
  }

  private static String text(Object value, String what) {
    if (value == null || String.valueOf(value).isBlank()) {
      throw new IllegalArgumentException(what + " is missing (expected a value)");
    }
    return String.valueOf(value).strip();
  }

  private static Map<?, ?> map(Object value, String what) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalArgumentException(what + " is " + describe(value) + " (expected a mapping)");
  }

  private static List<?> list(Object value, String what) {
    if (value instanceof List<?> list) {
      return list;
    }
    throw new IllegalArgumentException(what + " is " + describe(value) + " (expected a list)");
  }

  private static String describe(Object value) {
    return value == null ? "empty" : "a " + value.getClass().getSimpleName();
  }
}
