package dev.ibtrading.schedule;

import com.google.cloud.spring.pubsub.core.publisher.PubSubPublisherOperations;
import com.google.protobuf.ByteString;
import com.google.pubsub.v1.PubsubMessage;
import dev.ibtrading.pubsub.PubSubTopology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Fires scheduled jobs the way Cloud Scheduler's Pub/Sub targets do: at each cron time, in the
 * job's time zone, the job's body and attributes are published to its trigger topic, which pushes
 * them to the worker. Market holidays are not skipped here: the handlers skip closed days.
 *
 * <p>A publish that fails is logged and not retried (Cloud Scheduler retries only when configured
 * to); the next cron time fires as usual. Owns its scheduler thread, stopped with the context.
 */
final class LocalScheduler implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(LocalScheduler.class);
  static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(30);

  private final List<ScheduledJob> jobs;
  private final PubSubTopology topology;
  private final PubSubPublisherOperations publisher;
  private final ThreadPoolTaskScheduler threads;
  private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

  LocalScheduler(
      List<ScheduledJob> jobs,
      PubSubTopology topology,
      PubSubPublisherOperations publisher,
      ThreadPoolTaskScheduler threads) {
    this.jobs = List.copyOf(jobs);
    this.topology = topology;
    this.publisher = publisher;
    this.threads = threads;
  }

  List<ScheduledJob> jobs() {
    return jobs;
  }

  /**
   * Publishes {@code job}'s message now, as its cron time would, and waits for Pub/Sub's
   * confirmation.
   *
   * @return the message id
   * @throws IllegalStateException if Pub/Sub refused it or did not confirm it in time
   */
  String fire(ScheduledJob job) {
    String topic = topology.prefix() + job.topic().baseName();
    PubsubMessage message =
        PubsubMessage.newBuilder()
            .setData(ByteString.copyFrom(job.body(), StandardCharsets.UTF_8))
            .putAllAttributes(job.attributes())
            .build();
    try {
      String id =
          publisher.publish(topic, message).get(PUBLISH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      log.info("Scheduled job {} published to {} as message {}", job.name(), topic, id);
      return id;
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "job " + job.name() + " could not publish to " + topic + ": " + e.getCause(), e);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "job " + job.name() + " publish to " + topic + " not confirmed within " + PUBLISH_TIMEOUT,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("job " + job.name() + " interrupted while publishing", e);
    }
  }

  @Override
  public synchronized void start() {
    threads.initialize();
    Instant now = Instant.now();
    for (ScheduledJob job : jobs) {
      scheduled.add(threads.schedule(() -> fireLogged(job), job.trigger()));
      log.info(
          "Local scheduler: job {} ({} {}) to topic {}{}, next at {}",
          job.name(),
          job.schedule(),
          job.timeZone(),
          topology.prefix(),
          job.topic().baseName(),
          job.nextFireAfter(now));
    }
  }

  @Override
  public synchronized void stop() {
    scheduled.forEach(future -> future.cancel(false));
    scheduled.clear();
    threads.shutdown();
  }

  @Override
  public synchronized boolean isRunning() {
    return !scheduled.isEmpty();
  }

  private void fireLogged(ScheduledJob job) {
    try {
      fire(job);
    } catch (RuntimeException e) {
      log.warn("Scheduled job {} not published: {}", job.name(), e.getMessage());
    }
  }
}
