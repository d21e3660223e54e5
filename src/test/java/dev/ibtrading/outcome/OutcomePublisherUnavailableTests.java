package dev.ibtrading.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.pubsub.v1.TopicName;
import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.pubsub.emulator.PubSubEmulatorLauncher;
import dev.ibtrading.testsupport.EmulatorClients;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing while the emulator is gone fails within the publish timeout, and closing the publisher
 * with that outcome unconfirmed does not hang either.
 */
@ExtendWith(PubSubEmulatorSupport.class)
class OutcomePublisherUnavailableTests {
  private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(2);

  /** Only a guard against a hang; the publish timeout is what ends the call. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @Test
  void aStoppedEmulatorGivesATransientFailureWithinTheTimeout() throws Exception {
    // An emulator of its own: stopping the shared one would break the other tests.
    PubSubEmulator emulator = PubSubEmulatorLauncher.onThisMachine().start();
    try (EmulatorClients clients = new EmulatorClients(emulator, "local-project")) {
      clients.topics().createTopic(TopicName.format("local-project", "ib-outcomes"));
      OutcomePublisher publisher = clients.outcomePublisher("ib-outcomes", PUBLISH_TIMEOUT);
      assertThat(publisher.publish(Outcomes.allocation("run-before", "DU0000001"))).isNotBlank();

      emulator.close();

      assertTimeoutPreemptively(
          HANG_GUARD,
          () ->
              assertThatThrownBy(
                      () -> publisher.publish(Outcomes.allocation("run-after", "DU0000001")))
                  .isInstanceOf(OutcomePublishException.class)
                  .hasMessageContaining(
                      "outcome of run run-after (allocation ok) on topic ib-outcomes")
                  .hasMessageContaining("not confirmed within PT2S"));
      // Closing the clients must not wait forever for the outcome still being retried.
    } finally {
      emulator.close();
    }
  }
}
