package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.testsupport.FakeGcloud;
import dev.ibtrading.testsupport.Scripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scheduler/setup.sh}: the commands it prints are exactly the expected ones and agree with a
 * YAML parser's reading of {@code scheduler/jobs.yaml}; a real run creates, then updates; every
 * job's topic is one that {@code pubsub/setup.sh} creates.
 */
class SchedulerSetupScriptTests {
  @TempDir Path dir;

  @Test
  void printsTheCommandsOfScenarioAByDefault() throws Exception {
    Scripts.Result printed = print(Map.of());

    assertThat(printed.exitCode()).as(printed.output()).isZero();
    assertThat(printed.lines())
        .containsExactly(
            "gcloud scheduler jobs create pubsub ib-allocation-close --project=trading-prod"
                + " --location=us-east1 --schedule='15 16 * * 1-5' --time-zone=America/New_York"
                + " --topic=projects/trading-prod/topics/ib-allocation"
                + " --message-body='{\"strategies\":[\"spymacdvixy\"],\"dryRun\":false}'"
                + " --attributes=intent=allocation"
                + " --description='Scenario A: allocation after the close'");
  }

  @Test
  void printsWhatAYamlParserReadsForEveryScenario() throws Exception {
    SchedulerJobs jobs = SchedulerJobsTests.repositoryJobs();
    for (String scenario : jobs.scenarios().keySet()) {
      Scripts.Result printed =
          print(Map.of("SCENARIO", scenario, "PREFIX", "paper-", "REGION", "europe-west1"));

      assertThat(printed.exitCode()).as(printed.output()).isZero();
      assertThat(printed.lines())
          .as("scenario " + scenario)
          .containsExactlyElementsOf(
              jobs.scenario(scenario).stream().map(job -> expected(job, "paper-")).toList());
    }
  }

  @Test
  void dryRunIsTheSameAsPrint() throws Exception {
    Scripts.Result flag = print(Map.of("SCENARIO", "d"));
    Map<String, String> env = env(Map.of("SCENARIO", "d", "DRY_RUN", "1"));

    Scripts.Result dryRun = Scripts.run("scheduler/setup.sh", env);

    assertThat(dryRun.lines()).hasSize(3).isEqualTo(flag.lines());
  }

  @Test
  void refusesAnUnknownScenarioOrALineOutsideTheLayout() throws Exception {
    Scripts.Result unknown = print(Map.of("SCENARIO", "z"));

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.output()).contains("no scenario 'z' (expected one of: a fx d)");

    Path jobs = dir.resolve("jobs.yaml");
    Files.writeString(
        jobs,
        Files.readString(Scripts.repository().resolve("scheduler/jobs.yaml"))
            .replace("      topic: allocation\n", "      topic: allocation # trailing\n"));
    Scripts.Result bad = print(Map.of("JOBS_FILE", jobs.toString()));

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.output()).contains("no comment after it").contains("# trailing");
  }

  @Test
  void withoutRegionItStopsBeforeTouchingAnything() throws Exception {
    FakeGcloud gcloud = new FakeGcloud(dir);
    Map<String, String> env = env(Map.of("PATH", gcloud.path()));
    env.put("REGION", null);

    for (String[] args : List.of(new String[0], new String[] {"--print"})) {
      Scripts.Result result = Scripts.run("scheduler/setup.sh", env, args);

      assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
      assertThat(result.output()).contains("no region").contains("REGION=");
      assertThat(result.output()).doesNotContain("gcloud scheduler");
    }
    assertThat(gcloud.calls()).isEmpty();
  }

  @Test
  void createsMissingJobsUpdatesExistingOnesAndReportsStrangers() throws Exception {
    FakeGcloud gcloud =
        new FakeGcloud(
            dir,
            "  'scheduler jobs describe ib-allocation-open'*) exit 0 ;;",
            "  'scheduler jobs describe'*) exit 1 ;;",
            "  'scheduler jobs list'*) printf 'ib-allocation-close\\nib-risk-check-midday\\n"
                + "other-job\\n' ;;");
    Map<String, String> env = env(Map.of("SCENARIO", "d", "PATH", gcloud.path()));

    Scripts.Result run = Scripts.run("scheduler/setup.sh", env);

    assertThat(run.exitCode()).as(run.output()).isZero();
    List<String> changes =
        gcloud.calls().stream().filter(call -> call.contains(" pubsub ")).toList();
    assertThat(changes).hasSize(3);
    assertThat(changes.get(0))
        .startsWith("scheduler jobs update pubsub ib-allocation-open --location=us-east1")
        .contains("--update-attributes=intent=allocation")
        .doesNotContain("--attributes=");
    assertThat(changes.get(1))
        .startsWith("scheduler jobs create pubsub ib-risk-check-midday --location=us-east1")
        .contains("--schedule=0 13 * * 1-5", "--attributes=intent=risk-check");
    assertThat(run.lines())
        .contains(
            "job ib-allocation-open: updated",
            "job ib-risk-check-midday: created",
            "job ib-reconciliation-close: created")
        .anyMatch(line -> line.startsWith("job ib-allocation-close: not in scenario d"))
        .noneMatch(line -> line.contains("other-job"));
    assertThat(gcloud.calls()).noneMatch(call -> call.contains(" delete "));
  }

  @Test
  void everyJobTargetsATopicThatPubSubSetupCreates() throws Exception {
    FakeGcloud gcloud =
        new FakeGcloud(
            dir,
            "  'run services describe'*) echo 'https://worker.example.run.app' ;;",
            "  'projects describe'*) echo 42 ;;",
            "  *' describe '*) exit 1 ;;");
    Map<String, String> env = new HashMap<>();
    env.put("PROJECT_ID", "trading-prod");
    env.put("REGION", "us-east1");
    env.put("PATH", gcloud.path());
    env.put("CLOUDSDK_API_ENDPOINT_OVERRIDES_PUBSUB", null);
    Scripts.Result pubsub = Scripts.run("pubsub/setup.sh", env);
    assertThat(pubsub.exitCode()).as(pubsub.output()).isZero();
    List<String> created =
        gcloud.calls().stream()
            .filter(call -> call.startsWith("pubsub topics create "))
            .map(call -> call.split(" ")[3])
            .toList();

    SchedulerJobs jobs = SchedulerJobsTests.repositoryJobs();
    List<String> targeted = new ArrayList<>();
    for (String scenario : jobs.scenarios().keySet()) {
      for (String line : print(Map.of("SCENARIO", scenario)).lines()) {
        targeted.add(line.replaceAll(".* --topic=projects/trading-prod/topics/(\\S+) .*", "$1"));
      }
    }

    int jobCount = jobs.scenarios().values().stream().mapToInt(List::size).sum();
    assertThat(targeted).hasSize(jobCount).contains("ib-cash-balancer").isSubsetOf(created);
  }

  /** The command the script should print for {@code job}, built from the parsed file. */
  private static String expected(ScheduledJob job, String prefix) {
    String attributes =
        job.attributes().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","));
    return "gcloud scheduler jobs create pubsub "
        + prefix
        + job.name()
        + " --project=trading-prod --location=europe-west1 --schedule='"
        + job.schedule()
        + "' --time-zone="
        + job.timeZone().getId()
        + " --topic=projects/trading-prod/topics/"
        + prefix
        + job.topic().baseName()
        + " --message-body='"
        + job.body()
        + "' --attributes="
        + attributes
        + " --description='"
        + job.description()
        + "'";
  }

  private Scripts.Result print(Map<String, String> extra) throws Exception {
    return Scripts.run("scheduler/setup.sh", env(extra), "--print");
  }

  private static Map<String, String> env(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("PROJECT_ID", "trading-prod");
    env.put("DRY_RUN", null);
    env.put("SCENARIO", null);
    env.put("PREFIX", null);
    env.put("REGION", "us-east1");
    env.putAll(extra);
    return env;
  }
}
