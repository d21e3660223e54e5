package dev.ibtrading.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.testsupport.FakeGcloud;
import dev.ibtrading.testsupport.Scripts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pubsub/setup.sh} in a real project, against a stand-in {@code gcloud} that records its
 * calls: what the emulator cannot show (IAM bindings, the push service account, the Cloud Run
 * lookup) and the create commands. {@link PubSubSetupScriptEmulatorTests} runs it on the emulator.
 */
class PubSubSetupScriptTests {
  private static final String SA = "pubsub-push@trading-prod.iam.gserviceaccount.com";
  private static final String AGENT =
      "serviceAccount:service-123456@gcp-sa-pubsub.iam.gserviceaccount.com";

  @TempDir Path dir;

  @Test
  void createsTheTopologyWithPushSettingsWhenNothingExists() throws Exception {
    List<String> calls = run(Map.of("MAX_DELIVERY_ATTEMPTS", "7"));

    PubSubTopology topology = new PubSubTopology(PubSubTopology.DEFAULT_PREFIX);
    for (String topic : topology.topics()) {
      assertThat(calls).anyMatch(call -> call.startsWith("pubsub topics create " + topic));
    }
    assertThat(calls)
        .contains(
            "run services describe ib-paper --region=us-east1 --format=value(status.url)",
            "pubsub topics create ib-outcomes --labels=schema=outcome-v1",
            "pubsub subscriptions create "
                + topology.pushSubscription(TriggerTopic.RECONCILIATION)
                + " --topic="
                + topology.triggerTopic(TriggerTopic.RECONCILIATION)
                + " --ack-deadline=600 --expiration-period=never"
                + " --push-endpoint=https://worker.example.run.app/eod-check"
                + " --push-auth-service-account="
                + SA
                + " --push-auth-token-audience=https://worker.example.run.app"
                + " --min-retry-delay=10s --max-retry-delay=600s"
                + " --dead-letter-topic=ib-dead-letter --max-delivery-attempts=7",
            "pubsub subscriptions create "
                + topology.outcomeReaderSubscription()
                + " --topic=ib-outcomes --ack-deadline=60 --expiration-period=never"
                + " --enable-message-ordering",
            "pubsub subscriptions create "
                + topology.deadLetterReaderSubscription()
                + " --topic=ib-dead-letter --ack-deadline=60 --expiration-period=never");
    for (TriggerTopic trigger : TriggerTopic.values()) {
      assertThat(calls)
          .anySatisfy(
              call ->
                  assertThat(call)
                      .startsWith(
                          "pubsub subscriptions create " + topology.pushSubscription(trigger))
                      .contains(
                          "--push-endpoint=https://worker.example.run.app"
                              + trigger.endpointPath()));
    }
  }

  @Test
  void grantsPubSubExactlyWhatPushAndDeadLetteringNeed() throws Exception {
    List<String> calls = run(Map.of());

    assertThat(calls)
        .contains(
            "iam service-accounts create pubsub-push --display-name=Pub/Sub push to ib-paper",
            "run services add-iam-policy-binding ib-paper --region=us-east1"
                + " --member=serviceAccount:"
                + SA
                + " --role=roles/run.invoker",
            "iam service-accounts add-iam-policy-binding "
                + SA
                + " --member="
                + AGENT
                + " --role=roles/iam.serviceAccountTokenCreator",
            "pubsub topics add-iam-policy-binding ib-dead-letter --member="
                + AGENT
                + " --role=roles/pubsub.publisher");
    for (TriggerTopic trigger : TriggerTopic.values()) {
      assertThat(calls)
          .contains(
              "pubsub subscriptions add-iam-policy-binding ib-"
                  + trigger.baseName()
                  + "-push --member="
                  + AGENT
                  + " --role=roles/pubsub.subscriber");
    }
    assertThat(calls.stream().filter(call -> call.contains("add-iam-policy-binding")))
        .as("no other grants")
        .hasSize(3 + TriggerTopic.values().length);
  }

  @Test
  void aRegionalEndpointIsTheRealServiceNotAnEmulator() throws Exception {
    List<String> calls =
        run(
            Map.of(
                "CLOUDSDK_API_ENDPOINT_OVERRIDES_PUBSUB",
                "https://us-east1-pubsub.googleapis.com/"));

    assertThat(calls).anyMatch(call -> call.startsWith("projects describe"));
    assertThat(calls).anyMatch(call -> call.contains("add-iam-policy-binding"));
  }

  @Test
  void anEmulatorGetsTheTopologyWithoutIamOrCloudRun() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("CLOUDSDK_API_ENDPOINT_OVERRIDES_PUBSUB", "http://127.0.0.1:8085/");
    env.put("PROJECT_ID", null);
    env.put("REGION", null); // no Cloud Run step, so no region needed
    FakeGcloud gcloud = fakeGcloud();
    env.put("PATH", gcloud.path());

    Scripts.Result result = Scripts.run("pubsub/setup.sh", env);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("IAM and Cloud Run steps skipped");
    assertThat(gcloud.calls())
        .noneMatch(
            call ->
                call.startsWith("iam ")
                    || call.contains("add-iam-policy-binding")
                    || call.startsWith("run ")
                    || call.startsWith("projects ")
                    || call.startsWith("config "))
        .contains(
            "pubsub subscriptions create ib-allocation-push --topic=ib-allocation"
                + " --ack-deadline=600 --expiration-period=never"
                + " --push-endpoint=http://127.0.0.1:8080/allocation"
                + " --push-auth-service-account=pubsub-push@local-project.iam.gserviceaccount.com"
                + " --push-auth-token-audience=http://127.0.0.1:8080"
                + " --min-retry-delay=10s --max-retry-delay=600s"
                + " --dead-letter-topic=ib-dead-letter --max-delivery-attempts=5");
  }

  @Test
  void refusesSettingsPubSubWouldRefuseBeforeTouchingAnything() throws Exception {
    for (Map<String, String> bad :
        List.of(
            Map.of("ACK_DEADLINE", "601"),
            Map.of("MAX_DELIVERY_ATTEMPTS", "4"),
            Map.of("MIN_RETRY_DELAY", "1m"))) {
      FakeGcloud gcloud = new FakeGcloud(dir.resolve(String.valueOf(bad.hashCode())));
      Map<String, String> env = new HashMap<>(bad);
      env.put("PROJECT_ID", "trading-prod");
      env.put("PATH", gcloud.path());

      Scripts.Result result = Scripts.run("pubsub/setup.sh", env);

      assertThat(result.exitCode()).as(bad.toString()).isEqualTo(2);
      assertThat(result.output()).contains(bad.values().iterator().next()).contains("expected");
      assertThat(gcloud.calls()).as(bad.toString()).isEmpty();
    }
  }

  @Test
  void withoutRegionTheRegionIsGcloudsRunRegion() throws Exception {
    FakeGcloud gcloud = fakeGcloud("  'config get-value run/region') echo europe-west1 ;;");
    Map<String, String> env = env(gcloud);
    env.put("REGION", null);

    Scripts.Result result = Scripts.run("pubsub/setup.sh", env);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(gcloud.calls())
        .startsWith("config get-value run/region")
        .contains("run services describe ib-paper --region=europe-west1 --format=value(status.url)")
        .anyMatch(
            call ->
                call.startsWith(
                    "run services add-iam-policy-binding ib-paper" + " --region=europe-west1"))
        .noneMatch(call -> call.contains("us-east1"));
  }

  @Test
  void withoutRegionOrRunRegionItStopsBeforeTouchingAnything() throws Exception {
    FakeGcloud gcloud = fakeGcloud();
    Map<String, String> env = env(gcloud);
    env.put("REGION", null);

    Scripts.Result result = Scripts.run("pubsub/setup.sh", env);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("no region").contains("REGION=").contains("run/region");
    assertThat(gcloud.calls()).containsExactly("config get-value run/region");
  }

  /** Runs the script in a project where nothing exists yet; returns gcloud's calls. */
  private List<String> run(Map<String, String> extra) throws Exception {
    FakeGcloud gcloud = fakeGcloud();
    Map<String, String> env = env(gcloud);
    env.putAll(extra);

    Scripts.Result result = Scripts.run("pubsub/setup.sh", env);

    assertThat(result.exitCode()).as(result.output()).isZero();
    return gcloud.calls();
  }

  /** A real project's settings, in the region us-east1. */
  private static Map<String, String> env(FakeGcloud gcloud) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", gcloud.path());
    env.put("PROJECT_ID", "trading-prod");
    env.put("REGION", "us-east1");
    env.put("CLOUDSDK_API_ENDPOINT_OVERRIDES_PUBSUB", null);
    return env;
  }

  private FakeGcloud fakeGcloud(String... more) throws Exception {
    List<String> answers = new ArrayList<>(List.of(more));
    answers.addAll(
        List.of(
            "  'run services describe'*) echo 'https://worker.example.run.app/' ;;",
            "  'projects describe'*) echo 123456 ;;",
            "  *' describe '*) exit 1 ;;"));
    return new FakeGcloud(dir, answers.toArray(String[]::new));
  }
}
