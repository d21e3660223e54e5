package dev.ibtrading.pubsub;

import com.google.api.gax.rpc.AlreadyExistsException;
import com.google.api.gax.rpc.NotFoundException;
import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.pubsub.v1.TopicAdminClient;
import com.google.protobuf.FieldMask;
import com.google.pubsub.v1.Subscription;
import com.google.pubsub.v1.TopicName;
import com.google.pubsub.v1.UpdateSubscriptionRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the worker's topics and subscriptions ({@link PubSubTopology}) where they are missing,
 * and corrects a subscription whose push endpoint, token, ack deadline, retry or dead-letter policy
 * differs from the configuration (e.g. a local worker restarted on another port). Idempotent: a
 * second run changes nothing. Used by the {@code local} profile at startup and by tests; a real
 * project is set up with {@code pubsub/setup.sh}.
 */
public final class PubSubProvisioner {
  private static final Logger log = LoggerFactory.getLogger(PubSubProvisioner.class);

  private final TopicAdminClient topics;
  private final SubscriptionAdminClient subscriptions;
  private final String project;
  private final PubSubTopology topology;
  private final SubscriptionSpecs specs;

  public PubSubProvisioner(
      TopicAdminClient topics,
      SubscriptionAdminClient subscriptions,
      String project,
      PubSubTopology topology,
      PubSubProperties.Push push) {
    this.topics = topics;
    this.subscriptions = subscriptions;
    this.project = project;
    this.topology = topology;
    this.specs = new SubscriptionSpecs(project, topology, push);
  }

  /**
   * Makes the topology exist, push subscriptions pointing at {@code baseUrl}.
   *
   * @throws IllegalStateException if a subscription exists on another topic or with another
   *     ordering setting, which Pub/Sub cannot change; the message names it
   * @throws com.google.api.gax.rpc.ApiException if Pub/Sub refuses a request
   */
  public ProvisioningReport provision(String baseUrl) {
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (String topic : topology.topics()) {
      String name = TopicName.format(project, topic);
      (ensureTopic(name) ? created : unchanged).add(name);
    }
    for (Subscription wanted : specs.all(baseUrl)) {
      Subscription actual = find(wanted.getName());
      if (actual == null) {
        actual = create(wanted);
        if (actual == null) {
          created.add(wanted.getName());
          continue;
        }
      }
      FieldMask drift = SubscriptionDrift.between(wanted, actual);
      if (drift.getPathsCount() == 0) {
        unchanged.add(wanted.getName());
      } else {
        subscriptions.updateSubscription(
            UpdateSubscriptionRequest.newBuilder()
                .setSubscription(wanted)
                .setUpdateMask(drift)
                .build());
        log.info("Pub/Sub subscription {} updated: {}", wanted.getName(), drift.getPathsList());
        updated.add(wanted.getName());
      }
    }
    ProvisioningReport report = new ProvisioningReport(created, updated, unchanged);
    log.info(
        "Pub/Sub topology {}* in project {}: {} created, {} updated, {} unchanged; pushes to {}",
        topology.prefix(),
        project,
        created.size(),
        updated.size(),
        unchanged.size(),
        baseUrl);
    return report;
  }

  /** True when the topic was created, false when it existed. */
  private boolean ensureTopic(String name) {
    try {
      topics.getTopic(name);
      return false;
    } catch (NotFoundException missing) {
      try {
        topics.createTopic(name);
        log.info("Pub/Sub topic {} created", name);
        return true;
      } catch (AlreadyExistsException raced) {
        return false;
      }
    }
  }

  private Subscription find(String name) {
    try {
      return subscriptions.getSubscription(name);
    } catch (NotFoundException missing) {
      return null;
    }
  }

  /** Null when created; the existing one when someone else created it meanwhile. */
  private Subscription create(Subscription wanted) {
    try {
      subscriptions.createSubscription(wanted);
      log.info("Pub/Sub subscription {} created", wanted.getName());
      return null;
    } catch (AlreadyExistsException raced) {
      return subscriptions.getSubscription(wanted.getName());
    }
  }
}
