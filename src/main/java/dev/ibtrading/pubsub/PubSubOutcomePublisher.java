package dev.ibtrading.pubsub;

import com.google.api.core.ApiFuture;
import com.google.cloud.pubsub.v1.Publisher;
import com.google.protobuf.ByteString;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.TopicName;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeAttributes;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomePublishException;
import dev.ibtrading.outcome.OutcomePublisher;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes outcomes as JSON to the outcome topic and waits for the confirmation.
 *
 * <p>The publisher has message ordering on (the ordering key is the account), and Google's client
 * then retries an ordered publish until Pub/Sub takes it, without limit. So when Pub/Sub is
 * unreachable, {@link #publish} gives up waiting after its timeout, but the outcome is still sent
 * once Pub/Sub is back, in order with the account's later outcomes. Publishing the same outcome
 * again (the redelivery of a run answered 503) therefore waits for that send instead of queueing a
 * second copy, which would reach subscribers as a second outcome of the run. {@link #close()} waits
 * a bounded time for unconfirmed outcomes, then leaves them, so a shutdown during an outage does
 * not hang.
 *
 * <p>A publish that failed outright (e.g. the topic does not exist) pauses its ordering key, and
 * every later outcome of that account would fail at once; each publish resumes its key first, as
 * outcomes of different runs are independent and a failed run is redelivered.
 */
public final class PubSubOutcomePublisher implements OutcomePublisher, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PubSubOutcomePublisher.class);
  private static final int MAX_UNCONFIRMED = 1_000;

  private final Publisher publisher;
  private final String topic;
  private final Duration timeout;
  private final Duration shutdownTimeout;

  /** Outcomes sent and not confirmed to a caller yet: their send, still retried by the client. */
  private final Map<Outcome, ApiFuture<String>> unconfirmed =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Outcome, ApiFuture<String>> eldest) {
          return size() > MAX_UNCONFIRMED; // outcomes whose run was never delivered again
        }
      };

  /**
   * @param publisher built from {@link #publisherFor}, plus channel and credentials; owned (closed)
   *     by this object
   * @param timeout how long {@link #publish} waits for the confirmation
   * @param shutdownTimeout how long {@link #close()} waits for unconfirmed outcomes
   */
  public PubSubOutcomePublisher(Publisher publisher, Duration timeout, Duration shutdownTimeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("publish timeout: " + timeout + " (expected: > 0)");
    }
    this.publisher = publisher;
    this.topic = TopicName.parse(publisher.getTopicNameString()).getTopic();
    this.timeout = timeout;
    this.shutdownTimeout = shutdownTimeout;
  }

  /** A publisher builder for {@code topic} with message ordering on, as this class needs. */
  public static Publisher.Builder publisherFor(String project, String topic) {
    return Publisher.newBuilder(TopicName.of(project, topic)).setEnableMessageOrdering(true);
  }

  @Override
  public String publish(Outcome outcome) {
    return publish(outcome, true);
  }

  private String publish(Outcome outcome, boolean mayResend) {
    String orderingKey = OutcomeAttributes.orderingKey(outcome);
    PubsubMessage message =
        PubsubMessage.newBuilder()
            .setData(ByteString.copyFrom(OutcomeJson.write(outcome)))
            .putAllAttributes(OutcomeAttributes.of(outcome))
            .setOrderingKey(orderingKey)
            .build();
    ApiFuture<String> confirmation;
    synchronized (unconfirmed) {
      confirmation = unconfirmed.get(outcome);
      if (confirmation == null) {
        try {
          if (!orderingKey.isEmpty()) {
            publisher.resumePublish(orderingKey);
          }
          confirmation = publisher.publish(message);
        } catch (RuntimeException e) {
          throw failure(outcome, "could not be sent: " + e.getMessage(), e);
        }
        unconfirmed.put(outcome, confirmation);
      }
    }
    try {
      String messageId = confirmation.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      forget(outcome);
      log.info(
          "Outcome of run {} ({} {}) published to {} as message {}",
          outcome.runId(),
          outcome.intent(),
          outcome.status().wireName(),
          topic,
          messageId);
      return messageId;
    } catch (TimeoutException e) {
      throw failure(outcome, "not confirmed within " + timeout + " (still retried)", e);
    } catch (ExecutionException e) {
      forget(outcome); // refused: nothing is retried, a later publish sends it again
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof CancellationException && !orderingKey.isEmpty() && mayResend) {
        // Google's client pauses a key when the account's previous outcome was refused, and may do
        // so just after this publish resumed it: this one was then cancelled, never sent. Once.
        return publish(outcome, false);
      }
      throw failure(outcome, "refused: " + cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(outcome, "interrupted while waiting for the confirmation", e);
    }
  }

  /**
   * Sends what is batched and waits up to the shutdown timeout for unconfirmed outcomes; leaves the
   * rest (the client's threads are daemons) rather than block the shutdown.
   */
  @Override
  public void close() throws InterruptedException {
    Thread shutdown = new Thread(publisher::shutdown, "outcome-publisher-shutdown");
    shutdown.setDaemon(true);
    shutdown.start();
    shutdown.join(shutdownTimeout.toMillis());
    if (shutdown.isAlive()) {
      log.warn(
          "Outcome publisher for {} closed with outcomes Pub/Sub has not confirmed after {};"
              + " they are dropped",
          topic,
          shutdownTimeout);
    }
  }

  private void forget(Outcome outcome) {
    synchronized (unconfirmed) {
      unconfirmed.remove(outcome);
    }
  }

  private OutcomePublishException failure(Outcome outcome, String what, Throwable cause) {
    String message =
        "outcome of run "
            + outcome.runId()
            + " ("
            + outcome.intent()
            + " "
            + outcome.status().wireName()
            + ") on topic "
            + topic
            + " "
            + what;
    log.warn(message);
    return new OutcomePublishException(message, cause);
  }
}
