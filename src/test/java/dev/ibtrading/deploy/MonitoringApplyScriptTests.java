package dev.ibtrading.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.testsupport.FakeGcloud;
import dev.ibtrading.testsupport.Scripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code monitoring/apply.sh} against a stand-in {@code gcloud} that records its calls and keeps a
 * copy of every policy file it is given: the exact commands, the policies as the API would get
 * them, and no duplicates on a second run.
 */
class MonitoringApplyScriptTests {
  private static final String CHECK =
      "projects/trading-prod/uptimeCheckConfigs/ib-paper-readiness-x1";

  @TempDir Path dir;

  @Test
  void createsTheMetricsTheReadinessCheckAndOnePolicyPerAlertAndScheduledJob() throws Exception {
    FakeGcloud gcloud = gcloud(false);

    Scripts.Result result = run(gcloud, Map.of("SCENARIO", "d"));

    assertThat(result.exitCode()).as(result.output()).isZero();
    List<String> calls = withoutTempDirs(gcloud.calls());
    String agent = "service-123456@gcp-sa-monitoring-notification.iam.gserviceaccount.com";
    assertThat(calls)
        .containsSubsequence(
            "logging metrics describe ib_trading_outcomes",
            "logging metrics create ib_trading_outcomes --config-from-file="
                + Scripts.repository().resolve("monitoring/metrics/ib_trading_outcomes.yaml"),
            "logging metrics describe ib_trading_scheduled_triggers",
            "logging metrics create ib_trading_scheduled_triggers --config-from-file="
                + Scripts.repository()
                    .resolve("monitoring/metrics/ib_trading_scheduled_triggers.yaml"),
            "monitoring uptime list-configs --filter=displayName=\"ib-paper readiness\""
                + " --format=value(name)",
            "monitoring uptime create ib-paper readiness --resource-type=cloud-run-revision"
                + " --resource-labels=project_id=trading-prod,location=europe-west1,"
                + "service_name=ib-paper --protocol=https --path=/actuator/health/readiness"
                + " --service-agent-auth=oidc-token --period=1 --timeout=10"
                + " --regions=usa-virginia,usa-oregon,usa-iowa",
            "projects describe trading-prod --format=value(projectNumber)",
            "run services add-iam-policy-binding ib-paper --region=europe-west1"
                + " --member=serviceAccount:"
                + agent
                + " --role=roles/run.invoker",
            "alpha monitoring policies list"
                + " --filter=displayName=\"ib-paper: dead-lettered triggers waiting\""
                + " --format=value(name)",
            "alpha monitoring policies create --policy-from-file=TMP/dead-letter-backlog.yaml",
            "alpha monitoring policies create --policy-from-file=TMP/readiness-down.yaml",
            "alpha monitoring policies create --policy-from-file=TMP/failed-outcome.yaml",
            "alpha monitoring policies create --policy-from-file=TMP/job-ib-allocation-open.yaml",
            "alpha monitoring policies create --policy-from-file=TMP/job-ib-risk-check-midday.yaml",
            "alpha monitoring policies create"
                + " --policy-from-file=TMP/job-ib-reconciliation-close.yaml");
    assertThat(calls.stream().filter(call -> call.contains("policies create"))).hasSize(6);
    assertThat(calls.stream().filter(call -> call.contains("add-iam-policy-binding")))
        .as("the only grant")
        .hasSize(1);

    Map<String, String> policies = appliedPolicies();
    assertThat(policies).hasSize(6);
    for (Map.Entry<String, String> policy : policies.entrySet()) {
      Map<String, Object> yaml = MonitoringFilesTests.yaml(policy.getValue());
      assertThat(MonitoringSchema.alertPolicyProblems(yaml)).as(policy.getKey()).isEmpty();
      assertThat(policy.getValue()).as(policy.getKey()).doesNotContain("${");
      assertThat(yaml.get("notificationChannels"))
          .isEqualTo(List.of("projects/trading-prod/notificationChannels/42"));
    }
    assertThat(policies.get("ib-paper: not ready for 10 minutes"))
        .contains("metric.labels.check_id = \"ib-paper-readiness-x1\"")
        .contains("duration: 600s");
    // The reconciliation job's trigger runs the eod-check intent; M = 15, the window 2M.
    assertThat(policies.get("ib-paper: ib-reconciliation-close without an outcome"))
        .contains("job_id=\"ib-reconciliation-close\"}[15m]")
        .contains("offset 15m")
        .contains("service_name=\"ib-paper\",intent=\"eod-check\"}[30m]");
    assertThat(policies.get("ib-paper: dead-lettered triggers waiting"))
        .contains("resource.labels.subscription_id = \"ib-dead-letter-reader\"");
  }

  @Test
  void aSecondRunUpdatesWhatExistsAndCreatesNothing() throws Exception {
    FakeGcloud gcloud = gcloud(true);

    Scripts.Result result =
        run(
            gcloud,
            Map.of("SERVICE", "ib-live", "PREFIX", "ib-live-", "OUTCOME_WAIT_MINUTES", "20"));

    assertThat(result.exitCode()).as(result.output()).isZero();
    List<String> calls = withoutTempDirs(gcloud.calls());
    assertThat(calls).noneMatch(call -> call.contains(" create"));
    assertThat(calls)
        .contains(
            "logging metrics update ib_trading_outcomes --config-from-file="
                + Scripts.repository().resolve("monitoring/metrics/ib_trading_outcomes.yaml"),
            "alpha monitoring policies update projects/trading-prod/alertPolicies/7"
                + " --policy-from-file=TMP/job-ib-live-allocation-close.yaml");
    assertThat(calls.stream().filter(call -> call.contains("policies update")))
        .as("3 alerts and scenario a's one job")
        .hasSize(4);
    assertThat(appliedPolicies().get("ib-live: ib-live-allocation-close without an outcome"))
        .contains("job_id=\"ib-live-allocation-close\"}[20m]")
        .contains("offset 20m")
        .contains("service_name=\"ib-live\",intent=\"allocation\"}[40m]");
  }

  @Test
  void refusesMinutesThatAreNotAWholeNumberBeforeTouchingAnything() throws Exception {
    for (Map<String, String> bad :
        List.of(Map.of("READINESS_DOWN_MINUTES", "0"), Map.of("OUTCOME_WAIT_MINUTES", "10m"))) {
      FakeGcloud gcloud = new FakeGcloud(dir.resolve("bad-" + bad.hashCode()));

      Scripts.Result result = run(gcloud, bad);

      assertThat(result.exitCode()).as(bad.toString()).isEqualTo(2);
      assertThat(result.output()).contains("expected: a whole number");
      assertThat(gcloud.calls()).isEmpty();
    }
  }

  private Scripts.Result run(FakeGcloud gcloud, Map<String, String> extra) throws Exception {
    Map<String, String> env = new HashMap<>(extra);
    env.put("PATH", gcloud.path());
    env.put("PROJECT_ID", "trading-prod");
    env.put("REGION", "europe-west1");
    env.put("NOTIFICATION_CHANNELS", "projects/trading-prod/notificationChannels/42");
    return Scripts.run("monitoring/apply.sh", env);
  }

  /**
   * A stand-in gcloud for a project where nothing exists yet ({@code exists} false) or where a
   * first run made everything; either way it keeps a copy of each policy file it is given.
   */
  private FakeGcloud gcloud(boolean exists) throws Exception {
    Path policies = Files.createDirectories(dir.resolve("policies"));
    String keep =
        "for a in \"${args[@]}\"; do [[ $a == --policy-from-file=* ]] &&"
            + " cp \"${a#*=}\" '"
            + policies
            + "'/$(basename \"${a#*=}\"); done";
    Path created = dir.resolve("check-created");
    return new FakeGcloud(
        dir,
        "  'projects describe'*) echo 123456 ;;",
        exists
            ? "  'logging metrics describe'*) echo exists ;;"
            : "  'logging metrics describe'*) exit 1 ;;",
        "  'monitoring uptime create'*) touch '" + created + "' ;;",
        exists
            ? "  'monitoring uptime list-configs'*) echo " + CHECK + " ;;"
            : "  'monitoring uptime list-configs'*) [[ -f '"
                + created
                + "' ]] && echo "
                + CHECK
                + "; true ;;",
        exists
            ? "  'alpha monitoring policies list'*) echo projects/trading-prod/alertPolicies/7 ;;"
            : "  'alpha monitoring policies list'*) ;;",
        "  *'--policy-from-file='*) " + keep + " ;;");
  }

  /** The policies the stand-in was given, by display name. */
  private Map<String, String> appliedPolicies() throws Exception {
    Map<String, String> policies = new HashMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("policies"))) {
      for (Path file : files.toList()) {
        String text = Files.readString(file);
        policies.put(String.valueOf(MonitoringFilesTests.yaml(text).get("displayName")), text);
      }
    }
    return policies;
  }

  /** The calls with the script's temporary directory written as TMP. */
  private static List<String> withoutTempDirs(List<String> calls) {
    return calls.stream()
        .map(call -> call.replaceAll("--policy-from-file=/\\S*/", "--policy-from-file=TMP/"))
        .toList();
  }
}
