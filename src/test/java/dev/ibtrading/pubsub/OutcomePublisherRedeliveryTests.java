package dev.ibtrading.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.api.core.SettableApiFuture;
import com.google.cloud.pubsub.v1.Publisher;
import com.google.pubsub.v1.PubsubMessage;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomePublishException;
import dev.ibtrading.outcome.Outcomes;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An outcome whose publish timed out is still being sent by Google's client: publishing it again
 * (the redelivery of a run answered 503) must wait for that send, not queue a second copy that
 * subscribers would get as a second outcome of the run. Found by the fault soak (emulator stopped,
 * then restarted: one terminal outcome per refused delivery arrived).
 */
class OutcomePublisherRedeliveryTests {
  private final Publisher client = mock(Publisher.class);
  private final SettableApiFuture<String> firstSend = SettableApiFuture.create();
  private final SettableApiFuture<String> secondSend = SettableApiFuture.create();

  OutcomePublisherRedeliveryTests() {
    when(client.getTopicNameString()).thenReturn("projects/local-project/topics/ib-outcomes");
    when(client.publish(any(PubsubMessage.class))).thenReturn(firstSend, secondSend);
  }

  private PubSubOutcomePublisher publisher() {
    return new PubSubOutcomePublisher(client, Duration.ofMillis(50), Duration.ofSeconds(1));
  }

  @Test
  void anOutcomeStillBeingSentIsNotSentAgainAndItsLateConfirmationAnswers() {
    PubSubOutcomePublisher publisher = publisher();
    Outcome outcome = Outcomes.allocation("run-late", "DU0000001");

    assertThatThrownBy(() -> publisher.publish(outcome))
        .isInstanceOf(OutcomePublishException.class)
        .hasMessageContaining("not confirmed");
    assertThatThrownBy(() -> publisher.publish(outcome))
        .isInstanceOf(OutcomePublishException.class);
    firstSend.set("m-1");

    assertThat(publisher.publish(outcome)).isEqualTo("m-1");
    verify(client, times(1)).publish(any(PubsubMessage.class));
  }

  @Test
  void anOutcomeWhoseSendWasRefusedIsSentAgain() {
    PubSubOutcomePublisher publisher = publisher();
    Outcome outcome = Outcomes.allocation("run-refused", "DU0000001");
    firstSend.setException(new IllegalStateException("NOT_FOUND: topic"));
    secondSend.set("m-2");

    assertThatThrownBy(() -> publisher.publish(outcome))
        .isInstanceOf(OutcomePublishException.class)
        .hasMessageContaining("refused");

    assertThat(publisher.publish(outcome)).isEqualTo("m-2");
    verify(client, times(2)).publish(any(PubsubMessage.class));
  }

  @Test
  void anotherOutcomeOfTheSameRunIsItsOwnSend() {
    PubSubOutcomePublisher publisher = publisher();
    firstSend.set("m-1");
    secondSend.set("m-2");

    publisher.publish(Outcomes.allocation("run-a", "DU0000001"));

    assertThat(publisher.publish(Outcomes.allocation("run-b", "DU0000001"))).isEqualTo("m-2");
  }
}
