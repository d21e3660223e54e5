package dev.ibtrading.ingest.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pubsub/setup.sh} against a stand-in {@code gcloud} that records its calls: it creates the
 * same names as {@link PubSubTopology} with the push settings, and updates on a second run.
 */
class PubSubSetupScriptTests {
  private static final String SA = "pubsub-push@trading-prod.iam.gserviceaccount.com";

  @TempDir Path dir;

  @Test
  void createsTheTopologyWithPushSettingsWhenNothingExists() throws Exception {
    List<String> calls = run(false, Map.of("MAX_DELIVERY_ATTEMPTS", "7"));

    PubSubTopology topology = new PubSubTopology(PubSubTopology.DEFAULT_PREFIX);
    for (String topic : topology.topics()) {
      assertThat(calls).contains("pubsub topics create " + topic);
    }
    assertThat(calls)
        .contains(
            "pubsub subscriptions create "
                + topology.pushSubscription(TriggerTopic.RECONCILIATION)
                + " --topic="
                + topology.triggerTopic(TriggerTopic.RECONCILIATION)
                + " --push-endpoint=https://worker.example.run.app/eod-check"
                + " --push-auth-service-account="
                + SA
                + " --ack-deadline=600 --min-retry-delay=10s --max-retry-delay=600s"
                + " --dead-letter-topic=ib-dead-letter --max-delivery-attempts=7"
                + " --expiration-period=never",
            "pubsub subscriptions create "
                + topology.outcomeReaderSubscription()
                + " --topic=ib-outcomes --enable-message-ordering --ack-deadline=60"
                + " --expiration-period=never",
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
    assertThat(calls)
        .contains(
            "pubsub topics add-iam-policy-binding ib-dead-letter"
                + " --member=serviceAccount:service-123456@gcp-sa-pubsub.iam.gserviceaccount.com"
                + " --role=roles/pubsub.publisher");
  }

  @Test
  void updatesWhatExistsInsteadOfCreatingIt() throws Exception {
    List<String> calls = run(true, Map.of());

    assertThat(calls).noneMatch(call -> call.contains(" create "));
    assertThat(calls)
        .anySatisfy(
            call ->
                assertThat(call)
                    .startsWith("pubsub subscriptions update ib-allocation-push")
                    .contains("--push-endpoint=https://worker.example.run.app/allocation")
                    .doesNotContain("--topic="));
  }

  /** Runs the script with a gcloud stand-in; {@code exists}: whether describe finds things. */
  private List<String> run(boolean exists, Map<String, String> env) throws Exception {
    Path log = dir.resolve("calls.log");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path gcloud = bin.resolve("gcloud");
    Files.writeString(
        gcloud,
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "args=()",
            "for a in \"$@\"; do case \"$a\" in --project=*|--quiet) ;; *) args+=(\"$a\");; esac; done",
            "echo \"${args[*]}\" >> '" + log + "'",
            "case \"${args[*]}\" in",
            "  'run services describe'*) echo 'https://worker.example.run.app/' ;;",
            "  'projects describe'*) echo 123456 ;;",
            "  *' describe '*) exit " + (exists ? 0 : 1) + " ;;",
            "esac",
            ""));
    Files.setPosixFilePermissions(gcloud, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder builder =
        new ProcessBuilder("bash", script().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.log").toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("PROJECT_ID", "trading-prod");
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("setup.sh finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("out.log"))).isZero();
    return Files.readAllLines(log);
  }

  private static Path script() throws IOException {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .resolve("pubsub/setup.sh")
        .toRealPath();
  }
}
