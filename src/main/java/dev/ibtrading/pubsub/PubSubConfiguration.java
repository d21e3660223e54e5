package dev.ibtrading.pubsub;

import com.google.api.gax.core.CredentialsProvider;
import com.google.api.gax.core.ExecutorProvider;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.rpc.TransportChannelProvider;
import com.google.cloud.pubsub.v1.Publisher;
import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.pubsub.v1.TopicAdminClient;
import com.google.cloud.spring.autoconfigure.pubsub.GcpPubSubProperties;
import com.google.cloud.spring.core.DefaultCredentialsProvider;
import com.google.cloud.spring.core.DefaultGcpProjectIdProvider;
import com.google.cloud.spring.core.GcpProjectIdProvider;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the worker's Pub/Sub side onto Spring Cloud GCP's clients: the project id (or a clear
 * startup failure without one), no credentials when talking to an emulator (so nothing probes for
 * Google credentials or a metadata server), the outcome publisher, and the provisioner.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "spring.cloud.gcp.pubsub.enabled", matchIfMissing = true)
@EnableConfigurationProperties(PubSubProperties.class)
public class PubSubConfiguration {
  /** Within Cloud Run's 10 s between SIGTERM and SIGKILL, with the web server's share. */
  static final Duration PUBLISHER_SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

  /**
   * The project: {@code spring.cloud.gcp.project-id} ({@code GOOGLE_CLOUD_PROJECT}, or {@value
   * PubSubConnectionInitializer#EMULATOR_PROJECT} with an emulator), else {@code
   * spring.cloud.gcp.pubsub.project-id}, else on Cloud Run ({@code K_SERVICE} set) the metadata
   * server's. Anywhere else without one, startup fails instead of waiting on a metadata server.
   */
  @Bean
  GcpProjectIdProvider gcpProjectIdProvider(Environment env) {
    for (String property :
        new String[] {
          PubSubConnectionInitializer.PROJECT_ID, PubSubConnectionInitializer.PUBSUB_PROJECT_ID
        }) {
      String project = env.getProperty(property);
      if (project != null && !project.isBlank()) {
        String id = project.strip();
        return () -> id;
      }
    }
    String cloudRunService = env.getProperty("K_SERVICE");
    if (cloudRunService != null && !cloudRunService.isBlank()) {
      return new DefaultGcpProjectIdProvider();
    }
    throw new PubSubSetupException(
        "no Google Cloud project for Pub/Sub (actual: spring.cloud.gcp.project-id,"
            + " spring.cloud.gcp.pubsub.project-id and GOOGLE_CLOUD_PROJECT unset, and not on"
            + " Cloud Run)",
        "Set GOOGLE_CLOUD_PROJECT (or spring.cloud.gcp.project-id) to the project of the topics,"
            + " or use an emulator: run with the local profile, or set PUBSUB_EMULATOR_HOST.",
        null);
  }

  /** An emulator takes no credentials; without this bean Spring Cloud GCP would look some up. */
  @Bean
  @ConditionalOnProperty(name = PubSubConnectionInitializer.EMULATOR_HOST)
  CredentialsProvider emulatorCredentials() {
    return NoCredentialsProvider.create();
  }

  @Bean
  PubSubTopology pubSubTopology(PubSubProperties properties) {
    return properties.topology();
  }

  /**
   * The outcome publisher, on Spring Cloud GCP's channel (plaintext to an emulator), executor and
   * credentials, with its own {@code Publisher}: message ordering makes Google's client retry
   * without limit, so it must not sit in the shared publisher factory, whose shutdown would then
   * wait forever during an outage.
   */
  @Bean(destroyMethod = "close")
  PubSubOutcomePublisher outcomePublisher(
      @Qualifier("publisherTransportChannelProvider") TransportChannelProvider channels,
      @Qualifier("publisherExecutorProvider") ExecutorProvider executor,
      CredentialsProvider credentials,
      GcpProjectIdProvider projectIds,
      GcpPubSubProperties gcpPubSub,
      PubSubTopology topology,
      PubSubProperties properties)
      throws IOException {
    boolean ownCredentials =
        gcpPubSub.getEmulatorHost() == null && gcpPubSub.getCredentials().hasKey();
    Publisher.Builder builder =
        PubSubOutcomePublisher.publisherFor(project(projectIds, gcpPubSub), topology.outcomeTopic())
            .setChannelProvider(channels)
            .setExecutorProvider(executor)
            .setCredentialsProvider(
                ownCredentials ? new DefaultCredentialsProvider(gcpPubSub) : credentials);
    if (gcpPubSub.getPublisher().getEndpoint() != null) {
      builder.setEndpoint(gcpPubSub.getPublisher().getEndpoint());
    }
    return new PubSubOutcomePublisher(
        builder.build(), properties.publishTimeout(), PUBLISHER_SHUTDOWN_TIMEOUT);
  }

  @Bean
  PubSubProvisioner pubSubProvisioner(
      TopicAdminClient topics,
      SubscriptionAdminClient subscriptions,
      GcpProjectIdProvider projectIds,
      GcpPubSubProperties gcpPubSub,
      PubSubTopology topology,
      PubSubProperties properties) {
    return new PubSubProvisioner(
        topics, subscriptions, project(projectIds, gcpPubSub), topology, properties.push());
  }

  // Spring Cloud GCP lets a Pub/Sub-specific project win over the general one; so do we.
  private static String project(GcpProjectIdProvider projectIds, GcpPubSubProperties gcpPubSub) {
    return gcpPubSub.getProjectId() != null ? gcpPubSub.getProjectId() : projectIds.getProjectId();
  }

  @Bean
  @ConditionalOnBooleanProperty("pubsub.provision-on-startup")
  StartupProvisioning pubSubStartupProvisioning(
      PubSubProvisioner provisioner, PubSubProperties properties) {
    return new StartupProvisioning(provisioner, properties.push());
  }
}
