package dev.ibtrading.run;

import static dev.ibtrading.run.CoordinatorFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.run.CoordinatorFixture.StubHandler;
import dev.ibtrading.trigger.AckPolicy;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.RunAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deliveries of one run key at the same time: one run, every delivery answered alike. */
class RunCoordinatorConcurrencyTests {
  private static final int DELIVERIES = 20;

  private final CoordinatorFixture fixture = new CoordinatorFixture();
  private final ExecutorService pool = Executors.newFixedThreadPool(DELIVERIES);
  private final CountDownLatch handlerEntered = new CountDownLatch(1);
  private final CountDownLatch releaseHandler = new CountDownLatch(1);

  @AfterEach
  void stopPool() throws InterruptedException {
    releaseHandler.countDown();
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void concurrentDuplicatesRunTheHandlerOnceAndAllMirrorItsAnswer() throws Exception {
    StubHandler handler = blockingHandler();
    RunCoordinator coordinator = fixture.coordinator(handler);

    List<Future<RunAnswer>> answers = new ArrayList<>();
    answers.add(pool.submit(() -> coordinator.handle(summary("m-20"))));
    assertThat(handlerEntered.await(10, TimeUnit.SECONDS)).isTrue();
    for (int i = 1; i < DELIVERIES; i++) {
      answers.add(pool.submit(() -> coordinator.handle(summary("m-20"))));
    }
    releaseHandler.countDown();

    for (Future<RunAnswer> answer : answers) {
      RunAnswer got = answer.get(10, TimeUnit.SECONDS);
      assertThat(got.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
      assertThat(got.body().get("runId").stringValue()).isEqualTo("summary:m-20");
      assertThat(got.body().get("status").stringValue()).isEqualTo("ok");
    }
    assertThat(handler.runs).hasValue(1);
    assertThat(fixture.publisher.withStatus(OutcomeStatus.OK)).hasSize(1);
    assertThat(fixture.publisher.withStatus(OutcomeStatus.DUPLICATE)).hasSize(DELIVERIES - 1);
    assertThat(fixture.publisher.published).hasSize(DELIVERIES);
  }

  @Test
  void aFollowerStillWaitingAtItsDeadlineAnswersRetry() throws Exception {
    StubHandler handler = blockingHandler();
    RunCoordinator coordinator = fixture.coordinator(Duration.ofSeconds(1), handler);
    Future<RunAnswer> owner = pool.submit(() -> coordinator.handle(summary("m-21")));
    assertThat(handlerEntered.await(10, TimeUnit.SECONDS)).isTrue();

    RunAnswer follower =
        pool.submit(() -> coordinator.handle(summary("m-21"))).get(10, TimeUnit.SECONDS);

    assertThat(follower.policy()).isEqualTo(AckPolicy.RETRY);
    assertThat(follower.body().get("error").stringValue()).contains("still in progress");
    assertThat(fixture.publisher.published).isEmpty();

    releaseHandler.countDown();
    assertThat(owner.get(10, TimeUnit.SECONDS).policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(handler.runs).hasValue(1);
  }

  /** Enters, signals, and returns ok once the test releases it. */
  private StubHandler blockingHandler() {
    return new StubHandler(
        Intent.SUMMARY,
        n -> {
          handlerEntered.countDown();
          try {
            if (!releaseHandler.await(10, TimeUnit.SECONDS)) {
              throw new IllegalStateException("handler not released within 10 s");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
          return IntentResult.ok(null);
        });
  }
}
