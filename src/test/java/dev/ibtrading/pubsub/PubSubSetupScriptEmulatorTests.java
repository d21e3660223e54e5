package dev.ibtrading.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.FieldMask;
import com.google.pubsub.v1.Subscription;
import com.google.pubsub.v1.SubscriptionName;
import com.google.pubsub.v1.UpdateSubscriptionRequest;
import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.testsupport.EmulatorClients;
import dev.ibtrading.testsupport.GcloudSupport;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import dev.ibtrading.testsupport.Scripts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code pubsub/setup.sh} run by the real gcloud against the real emulator, twice: the topology it
 * makes, read back through the emulator's REST API, is the worker's ({@link PubSubTopology}) with
 * the push settings; the second run changes nothing; a third puts back a setting that drifted.
 */
@ExtendWith({PubSubEmulatorSupport.class, GcloudSupport.class})
class PubSubSetupScriptEmulatorTests {
  private static final String PROJECT = "local-project";
  private static final String WORKER = "https://ib-paper-xyz.a.run.app";
  private static final String SA = "pubsub-push@local-project.iam.gserviceaccount.com";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static PubSubEmulator emulator;
  private static EmulatorClients clients;

  @TempDir Path gcloudConfig;

  @BeforeAll
  static void connect(PubSubEmulator started) {
    emulator = started;
    clients = new EmulatorClients(started, PROJECT);
  }

  @AfterAll
  static void disconnect() throws InterruptedException {
    clients.close();
  }

  @Test
  void makesTheWorkersTopologyThenChangesNothingButDrift() throws Exception {
    PubSubTopology topology = new PubSubTopology(PubSubEmulatorSupport.uniquePrefix());

    Scripts.Result first = setup(topology, Map.of("MAX_DELIVERY_ATTEMPTS", "7"));

    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.output()).contains("IAM and Cloud Run steps skipped");
    for (String topic : topology.topics()) {
      assertThat(first.lines()).contains("topic " + topic + ": created");
      assertThat(rest("topics/" + topic).path("name").asString())
          .isEqualTo("projects/" + PROJECT + "/topics/" + topic);
    }
    assertThat(rest("topics/" + topology.outcomeTopic()).path("labels").path("schema").asString())
        .isEqualTo("outcome-v1");
    for (TriggerTopic trigger : TriggerTopic.values()) {
      JsonNode push = rest("subscriptions/" + topology.pushSubscription(trigger));
      assertThat(push.path("topic").asString())
          .endsWith("/topics/" + topology.triggerTopic(trigger));
      assertThat(push.path("pushConfig").path("pushEndpoint").asString())
          .isEqualTo(WORKER + trigger.endpointPath());
      assertThat(push.path("pushConfig").path("oidcToken").path("serviceAccountEmail").asString())
          .isEqualTo(SA);
      assertThat(push.path("pushConfig").path("oidcToken").path("audience").asString())
          .isEqualTo(WORKER);
      assertThat(push.path("ackDeadlineSeconds").asInt()).isEqualTo(600);
      assertThat(push.path("retryPolicy").path("minimumBackoff").asString()).isEqualTo("10s");
      assertThat(push.path("retryPolicy").path("maximumBackoff").asString()).isEqualTo("600s");
      assertThat(push.path("deadLetterPolicy").path("deadLetterTopic").asString())
          .isEqualTo("projects/" + PROJECT + "/topics/" + topology.deadLetterTopic());
      assertThat(push.path("deadLetterPolicy").path("maxDeliveryAttempts").asInt()).isEqualTo(7);
      assertThat(push.path("expirationPolicy").isObject()).as("expiration policy set").isTrue();
      assertThat(push.path("expirationPolicy").has("ttl")).as("never expires").isFalse();
    }
    JsonNode outcomes = rest("subscriptions/" + topology.outcomeReaderSubscription());
    assertThat(outcomes.path("topic").asString()).endsWith("/topics/" + topology.outcomeTopic());
    assertThat(outcomes.path("enableMessageOrdering").asBoolean()).isTrue();
    assertThat(outcomes.has("pushConfig") && outcomes.path("pushConfig").has("pushEndpoint"))
        .as("a pull subscription")
        .isFalse();
    JsonNode deadLetters = rest("subscriptions/" + topology.deadLetterReaderSubscription());
    assertThat(deadLetters.path("topic").asString())
        .endsWith("/topics/" + topology.deadLetterTopic());
    Map<String, JsonNode> before = snapshot(topology);

    Scripts.Result second = setup(topology, Map.of("MAX_DELIVERY_ATTEMPTS", "7"));

    assertThat(second.exitCode()).as(second.output()).isZero();
    List<String> reported =
        second.lines().stream()
            .filter(line -> line.startsWith("topic ") || line.startsWith("subscription "))
            .toList();
    assertThat(reported)
        .hasSize(4 + 2 * TriggerTopic.values().length)
        .allMatch(line -> line.endsWith(": unchanged"));
    assertThat(snapshot(topology)).isEqualTo(before);

    String riskCheck = topology.pushSubscription(TriggerTopic.RISK_CHECK);
    drift(riskCheck);
    Scripts.Result third = setup(topology, Map.of("MAX_DELIVERY_ATTEMPTS", "7"));

    assertThat(third.exitCode()).as(third.output()).isZero();
    assertThat(third.lines())
        .contains("subscription " + riskCheck + ": updated (ack deadline)")
        .contains(
            "subscription " + topology.pushSubscription(TriggerTopic.ALLOCATION) + ": unchanged");
    assertThat(snapshot(topology)).isEqualTo(before);
  }

  /** Someone changed the ack deadline by hand. */
  private static void drift(String subscription) {
    clients
        .subscriptions()
        .updateSubscription(
            UpdateSubscriptionRequest.newBuilder()
                .setSubscription(
                    Subscription.newBuilder()
                        .setName(SubscriptionName.format(PROJECT, subscription))
                        .setAckDeadlineSeconds(30))
                .setUpdateMask(FieldMask.newBuilder().addPaths("ack_deadline_seconds"))
                .build());
    assertThat(
            clients
                .subscriptions()
                .getSubscription(SubscriptionName.format(PROJECT, subscription))
                .getAckDeadlineSeconds())
        .isEqualTo(30);
  }

  private Scripts.Result setup(PubSubTopology topology, Map<String, String> extra)
      throws Exception {
    Map<String, String> env = new HashMap<>(extra);
    env.put("CLOUDSDK_API_ENDPOINT_OVERRIDES_PUBSUB", "http://" + emulator.hostPort() + "/");
    env.put("CLOUDSDK_CONFIG", gcloudConfig.toString());
    env.put("CLOUDSDK_CORE_DISABLE_PROMPTS", "1");
    env.put("PROJECT_ID", PROJECT);
    env.put("PREFIX", topology.prefix());
    env.put("SERVICE_URL", WORKER + "/");
    env.put("PATH", GcloudSupport.gcloud().getParent() + ":" + System.getenv("PATH"));
    return Scripts.run("pubsub/setup.sh", env);
  }

  private Map<String, JsonNode> snapshot(PubSubTopology topology) throws Exception {
    Map<String, JsonNode> state = new LinkedHashMap<>();
    for (String topic : topology.topics()) {
      state.put(topic, rest("topics/" + topic));
    }
    for (String subscription :
        List.of(
            topology.deadLetterReaderSubscription(),
            topology.outcomeReaderSubscription(),
            topology.pushSubscription(TriggerTopic.ALLOCATION),
            topology.pushSubscription(TriggerTopic.RISK_CHECK),
            topology.pushSubscription(TriggerTopic.RECONCILIATION))) {
      state.put(subscription, rest("subscriptions/" + subscription));
    }
    return state;
  }

  /** GET {@code /v1/projects/<project>/<path>} on the emulator's REST API. */
  private static JsonNode rest(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://" + emulator.hostPort() + "/v1/projects/" + PROJECT + "/" + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
