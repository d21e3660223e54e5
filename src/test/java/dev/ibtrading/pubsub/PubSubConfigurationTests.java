package dev.ibtrading.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.api.gax.core.CredentialsProvider;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.cloud.spring.autoconfigure.core.GcpContextAutoConfiguration;
import com.google.cloud.spring.autoconfigure.pubsub.GcpPubSubAutoConfiguration;
import com.google.cloud.spring.autoconfigure.pubsub.GcpPubSubEmulatorAutoConfiguration;
import com.google.cloud.spring.core.GcpProjectIdProvider;
import dev.ibtrading.outcome.OutcomePublisher;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The Pub/Sub wiring without a running emulator (gRPC connects lazily): where the project and the
 * emulator come from, and a clear failure without a project. Never reaches for Google credentials:
 * either an emulator is configured or the test supplies empty credentials.
 */
class PubSubConfigurationTests {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(new PubSubConnectionInitializer())
          .withConfiguration(
              AutoConfigurations.of(
                  GcpContextAutoConfiguration.class,
                  GcpPubSubEmulatorAutoConfiguration.class,
                  GcpPubSubAutoConfiguration.class))
          .withUserConfiguration(PubSubConfiguration.class);

  @BeforeAll
  static void noCloudEnvironment() {
    for (String variable :
        new String[] {"PUBSUB_EMULATOR_HOST", "GOOGLE_CLOUD_PROJECT", "K_SERVICE"}) {
      assumeTrue(System.getenv(variable) == null, variable + " is set in this environment");
    }
  }

  @Test
  void pubSubEmulatorHostSelectsTheEmulatorWithoutCredentialsAndTheLocalProject() {
    runner
        .withPropertyValues("PUBSUB_EMULATOR_HOST=127.0.0.1:8085")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(
                      context.getEnvironment().getProperty("spring.cloud.gcp.pubsub.emulator-host"))
                  .isEqualTo("127.0.0.1:8085");
              assertThat(context.getBean(GcpProjectIdProvider.class).getProjectId())
                  .isEqualTo("local-project");
              assertThat(context.getBean(CredentialsProvider.class))
                  .isInstanceOf(NoCredentialsProvider.class);
              assertThat(context).hasSingleBean(OutcomePublisher.class);
              assertThat(context).hasSingleBean(PubSubProvisioner.class);
              assertThat(context).doesNotHaveBean(StartupProvisioning.class);
              assertThat(context).doesNotHaveBean(PubSubConnectionInitializer.EMULATOR_BEAN);
            });
  }

  @Test
  void googleCloudProjectNamesTheProjectUnlessTheSpringPropertyDoes() {
    runner
        .withPropertyValues(
            "PUBSUB_EMULATOR_HOST=127.0.0.1:8085", "GOOGLE_CLOUD_PROJECT=trading-prod")
        .run(
            context ->
                assertThat(context.getBean(GcpProjectIdProvider.class).getProjectId())
                    .isEqualTo("trading-prod"));
    runner
        .withPropertyValues(
            "PUBSUB_EMULATOR_HOST=127.0.0.1:8085",
            "GOOGLE_CLOUD_PROJECT=trading-prod",
            "spring.cloud.gcp.project-id=trading-test")
        .run(
            context ->
                assertThat(context.getBean(GcpProjectIdProvider.class).getProjectId())
                    .isEqualTo("trading-test"));
  }

  @Test
  void theSpringEmulatorPropertyWinsOverTheVariable() {
    runner
        .withPropertyValues(
            "PUBSUB_EMULATOR_HOST=127.0.0.1:8085",
            "spring.cloud.gcp.pubsub.emulator-host=127.0.0.1:9095")
        .run(
            context ->
                assertThat(
                        context
                            .getEnvironment()
                            .getProperty("spring.cloud.gcp.pubsub.emulator-host"))
                    .isEqualTo("127.0.0.1:9095"));
  }

  @Test
  void withoutProjectOrEmulatorStartupFailsSayingWhatToSet() {
    runner
        .withBean(CredentialsProvider.class, NoCredentialsProvider::create)
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = context.getStartupFailure();
              PubSubSetupException cause = findSetupException(failure);
              assertThat(cause.getMessage())
                  .contains("no Google Cloud project for Pub/Sub")
                  .contains("GOOGLE_CLOUD_PROJECT unset");
              FailureAnalysis analysis = new PubSubSetupFailureAnalyzer().analyze(failure);
              assertThat(analysis.getDescription()).isEqualTo(cause.getMessage());
              assertThat(analysis.getAction()).contains("Set GOOGLE_CLOUD_PROJECT");
            });
  }

  @Test
  void provisioningAtStartupIsOptIn() {
    runner
        .withPropertyValues(
            "PUBSUB_EMULATOR_HOST=127.0.0.1:8085", "pubsub.provision-on-startup=true")
        .run(context -> assertThat(context).hasSingleBean(StartupProvisioning.class));
  }

  @Test
  void pushSettingsOutsidePubSubLimitsAreRefused() {
    assertRefused("pubsub.push.max-delivery-attempts=4", "maxDeliveryAttempts");
    assertRefused("pubsub.push.max-delivery-attempts=101", "maxDeliveryAttempts");
    assertRefused("pubsub.push.ack-deadline=601s", "ackDeadline");
    assertRefused("pubsub.push.ack-deadline=9s", "ackDeadline");
    assertRefused(
        "pubsub.push.min-backoff=60s,pubsub.push.max-backoff=30s", "min-backoff must not exceed");
    assertRefused("pubsub.topic-prefix=1bad", "topicPrefix");
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    runner
        .withPropertyValues("PUBSUB_EMULATOR_HOST=127.0.0.1:8085")
        .run(
            context -> {
              PubSubProperties properties = context.getBean(PubSubProperties.class);
              assertThat(properties.topicPrefix()).isEqualTo("ib-");
              assertThat(properties.publishTimeout()).isEqualTo(Duration.ofSeconds(10));
              assertThat(properties.push().ackDeadline()).isEqualTo(Duration.ofSeconds(600));
              assertThat(properties.push().minBackoff()).isEqualTo(Duration.ofSeconds(10));
              assertThat(properties.push().maxBackoff()).isEqualTo(Duration.ofSeconds(600));
              assertThat(properties.push().maxDeliveryAttempts()).isEqualTo(5);
              assertThat(properties.provisionOnStartup()).isFalse();
              assertThat(properties.emulatorPort()).as("any free port").isZero();
            });
  }

  @Test
  void pushesGoToTheConfiguredUrlElseToTheWorkerOnLoopback() {
    PubSubProperties.Push local =
        new PubSubProperties.Push(
            null,
            null,
            null,
            Duration.ofSeconds(600),
            Duration.ofSeconds(10),
            Duration.ofSeconds(600),
            5);
    PubSubProperties.Push cloudRun =
        new PubSubProperties.Push(
            " https://worker-abc-uc.a.run.app ",
            null,
            null,
            Duration.ofSeconds(600),
            Duration.ofSeconds(10),
            Duration.ofSeconds(600),
            5);

    assertThat(StartupProvisioning.baseUrl(local, 41234)).isEqualTo("http://127.0.0.1:41234");
    assertThat(StartupProvisioning.baseUrl(cloudRun, 41234))
        .isEqualTo("https://worker-abc-uc.a.run.app");
  }

  /** {@code property}: one {@code name=value}, or several separated by commas. */
  private void assertRefused(String property, String mentioned) {
    runner
        .withPropertyValues("PUBSUB_EMULATOR_HOST=127.0.0.1:8085")
        .withPropertyValues(property.split(","))
        .run(
            context -> {
              assertThat(context).as(property).hasFailed();
              assertThat(rootMessages(context.getStartupFailure())).contains(mentioned);
            });
  }

  private static PubSubSetupException findSetupException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PubSubSetupException setup) {
        return setup;
      }
    }
    throw new AssertionError("no PubSubSetupException in " + failure, failure);
  }

  private static String rootMessages(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    return messages.toString();
  }
}
