package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.run.RunLedger.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RunLedgerTests {
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-03T14:30:00Z"));
  private final RunLedger<String> ledger = new RunLedger<>(3, Duration.ofHours(1), clock);

  /** An answer of {@code weight} bytes that can shrink to 1 unless it weighs 20 or more. */
  private static final class Weighed {
    long weight;

    Weighed(long weight) {
      this.weight = weight;
    }
  }

  @Test
  void overBudgetTheOldestAreShrunkFirstThenForgotten() {
    RunLedger<Weighed> weighed =
        new RunLedger<Weighed>(
            100,
            25,
            w -> w.weight,
            w -> w.weight = w.weight < 20 ? 1 : w.weight,
            Duration.ofHours(1),
            clock);
    List<Weighed> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Weighed answer = new Weighed(10);
      answers.add(answer);
      weighed.claim("run-" + i);
      weighed.finish("run-" + i, answer);
    }

    // 40 over 25: the two oldest shrink to 1 (22), nobody forgotten
    assertThat(weighed.size()).isEqualTo(4);
    assertThat(weighed.weight()).isEqualTo(22);
    assertThat(answers).extracting(w -> w.weight).containsExactly(1L, 1L, 10L, 10L);

    Weighed big = new Weighed(24);
    weighed.claim("run-big");
    weighed.finish("run-big", big);
    // 46: the others shrink (28), the big one cannot; then the oldest go until 25
    assertThat(weighed.weight()).isEqualTo(25);
    assertThat(weighed.size()).isEqualTo(2);
    assertThat(weighed.claim("run-big")).isInstanceOf(Claim.Follower.class);
    assertThat(weighed.claim("run-0")).isInstanceOf(Claim.Owner.class);
  }

  @Test
  void firstDeliveryOwnsTheRun() {
    assertThat(ledger.claim("run-1")).isEqualTo(new Claim.Owner<String>("run-1"));
  }

  @Test
  void concurrentDeliveryFollowsAndGetsTheOwnersAnswer() {
    ledger.claim("run-1");
    Claim<String> second = ledger.claim("run-1");

    assertThat(second).isInstanceOf(Claim.Follower.class);
    CompletableFuture<String> result = ((Claim.Follower<String>) second).result();
    assertThat(((Claim.Follower<String>) second).finished()).isFalse();
    assertThat(result).isNotDone();

    ledger.finish("run-1", "ok");
    assertThat(result).isCompletedWithValue("ok");
  }

  @Test
  void laterDeliveryOfAFinishedRunGetsItsAnswerAtOnce() {
    ledger.claim("run-1");
    ledger.finish("run-1", "ok");

    Claim.Follower<String> later = (Claim.Follower<String>) ledger.claim("run-1");

    assertThat(later.finished()).isTrue();
    assertThat(later.result()).isCompletedWithValue("ok");
  }

  @Test
  void abandonedRunFailsItsFollowersAndFreesTheKey() {
    ledger.claim("run-1");
    Claim.Follower<String> follower = (Claim.Follower<String>) ledger.claim("run-1");
    IllegalStateException cause = new IllegalStateException("gateway not connected");

    ledger.abandon("run-1", cause);

    assertThat(follower.result()).isCompletedExceptionally();
    assertThat(ledger.claim("run-1")).isInstanceOf(Claim.Owner.class);
  }

  @Test
  void onlyTheClaimedRunCanBeFinished() {
    assertThatThrownBy(() -> ledger.finish("never", "ok")).hasMessageContaining("never");
    ledger.claim("run-1");
    ledger.finish("run-1", "ok");
    assertThatThrownBy(() -> ledger.finish("run-1", "again")).hasMessageContaining("not running");
  }

  @Nested
  class Forgetting {
    @Test
    void finishedRunsAreForgottenAfterTheirRetention() {
      ledger.claim("run-1");
      ledger.finish("run-1", "ok");
      clock.advance(Duration.ofMinutes(61));

      assertThat(ledger.claim("run-1")).isInstanceOf(Claim.Owner.class);
    }

    @Test
    void overCapacityTheOldestFinishedRunsGoFirstAndRunningOnesStay() {
      ledger.claim("running");
      for (String key : List.of("a", "b", "c")) {
        ledger.claim(key);
        ledger.finish(key, key);
      }

      assertThat(ledger.size()).isEqualTo(3);
      assertThat(ledger.claim("a")).isInstanceOf(Claim.Owner.class);
      assertThat(ledger.claim("running")).isInstanceOf(Claim.Follower.class);
    }
  }

  @Test
  void twentyConcurrentDeliveriesMakeOneOwner() throws Exception {
    RunLedger<String> shared = new RunLedger<>(100, Duration.ofHours(1), clock);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Claim<String>>> claims = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        claims.add(
            pool.submit(
                () -> {
                  start.await();
                  return shared.claim("run-1");
                }));
      }
      start.countDown();
      int owners = 0;
      for (Future<Claim<String>> claim : claims) {
        if (claim.get(10, TimeUnit.SECONDS) instanceof Claim.Owner) {
          owners++;
        }
      }
      assertThat(owners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
