package dev.ibtrading.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.pubsub.v1.PubsubMessage;
import dev.ibtrading.pubsub.emulator.EmulatorInstallation;
import dev.ibtrading.pubsub.emulator.PubSubEmulatorException;
import dev.ibtrading.testsupport.FuzzSeed;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault-injection soak: seeded, reproducible scenarios against the real worker, a real Pub/Sub
 * emulator and the paper gateway, each mixing faults ({@link Fault}) and checked against the
 * invariants of one run key ({@link SoakInvariants}): at most one set of orders at the gateway;
 * exactly one terminal outcome (or at most one for a dead-lettered trigger), extra deliveries
 * adding {@code duplicate} notices only; positions equal to the fills; nothing reported that the
 * gateway contradicts.
 *
 * <p>The gateway and the emulator outlive the worker; a worker "restart" closes its Spring context
 * and starts a new one with the same settings and run journal directory, which stands in for a
 * process restart (all in-memory state lost).
 *
 * <p>{@value #DEFAULT_SCENARIOS} scenarios by default; more with {@code -Dsoak.scenarios=N}, other
 * ones with {@code -Dfuzz.seed=S}, and one that failed replayed with {@code
 * -Dsoak.scenario-seed=<its seed>}, which every violation prints ({@code -Dsoak.repeat=N} runs it N
 * times).
 */
@ExtendWith(PubSubEmulatorSupport.class)
class FaultSoakTests {
  private static final Logger log = LoggerFactory.getLogger(FaultSoakTests.class);
  private static final int DEFAULT_SCENARIOS = 13;
  private static final Duration OUTCOME_WAIT = Duration.ofSeconds(20);

  @TempDir Path journal;

  @Test
  void seededFaultScenariosKeepEveryRunKeysInvariants() throws Exception {
    assumeTrue(
        EmulatorInstallation.find().isPresent() || "true".equalsIgnoreCase(System.getenv("CI")),
        "the soak runs an emulator of its own, which an external one cannot stand for: "
            + PubSubEmulatorException.INSTALL_HINT);
    List<Long> seeds = scenarioSeeds();
    String nonce = HexFormat.of().toHexDigits((int) System.nanoTime()).substring(2);
    Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
    List<String> failures = new ArrayList<>();
    int deadLettered = 0;
    try (SoakPubSub pubsub = new SoakPubSub();
        SoakGateway gateway = new SoakGateway()) {
      pubsub.start();
      try (SoakWorker worker = new SoakWorker(gateway.port(), pubsub.hostPort(), journal)) {
        worker.start();
        pubsub.readOutcomesFrom(worker.topology().outcomeReaderSubscription());
        for (int i = 0; i < seeds.size(); i++) {
          SoakPlan plan = SoakPlan.draw(seeds.get(i), "s" + nonce + "-" + i);
          gateway.freshAccount();
          await().atMost(Duration.ofSeconds(60)).until(worker::connected);
          log.info(
              "soak scenario {} (seed {}): {} {}", i, plan.seed(), plan.runKey(), plan.faults());
          SoakScenario.Delivered delivered =
              new SoakScenario(plan, worker, gateway, pubsub, subscription(plan)).run();
          List<String> violations =
              SoakInvariants.check(
                  plan,
                  delivered,
                  gateway.workerOrders(),
                  gateway.newExecutions(),
                  gateway.holdings(),
                  outcomes(pubsub, plan, delivered));
          plan.faults().forEach(f -> faults.merge(f, 1, Integer::sum));
          deadLettered += delivered.deadLettered() ? 1 : 0;
          if (!violations.isEmpty()) {
            String failure =
                "scenario %d, seed %d (-Dsoak.scenario-seed=%d), %s %s: %s"
                    .formatted(
                        i, plan.seed(), plan.seed(), plan.runKey(), plan.faults(), violations);
            log.error("soak violation: {}", failure);
            failures.add(failure);
          }
        }
        log.info(
            "soak: {} scenarios, {} faults {}, {} dead-lettered, {} worker restarts, {} Pub/Sub"
                + " outages, {} violations",
            seeds.size(),
            faults.values().stream().mapToInt(Integer::intValue).sum(),
            faults,
            deadLettered,
            worker.restarts(),
            pubsub.outages(),
            failures.size());
      }
    }
    assertThat(failures).as("invariant violations (seed %d)", FuzzSeed.get()).isEmpty();
    assertThat(faults.values().stream().mapToInt(Integer::intValue).sum())
        .as("faults injected")
        .isPositive();
  }

  private static List<Long> scenarioSeeds() {
    String one = System.getProperty("soak.scenario-seed");
    if (one != null && !one.isBlank()) {
      // Repeated, it shows how often a timing-dependent failure of that scenario happens.
      return Collections.nCopies(Integer.getInteger("soak.repeat", 1), Long.parseLong(one.trim()));
    }
    Random random = new Random(FuzzSeed.get());
    int count = Integer.getInteger("soak.scenarios", DEFAULT_SCENARIOS);
    List<Long> seeds = new ArrayList<>();
    // Scenario i leads with fault i (mod the number of faults): each fault runs in a short soak.
    while (seeds.size() < count) {
      long seed = random.nextLong();
      if (SoakPlan.leadingFault(seed).ordinal() == seeds.size() % Fault.values().length) {
        seeds.add(seed);
      }
    }
    return seeds;
  }

  /** The outcomes of the plan's run key once its terminal one arrived (or a dead letter). */
  private static List<PubsubMessage> outcomes(
      SoakPubSub pubsub, SoakPlan plan, SoakScenario.Delivered delivered) throws Exception {
    if (!delivered.deadLettered()) {
      try {
        await()
            .atMost(OUTCOME_WAIT)
            .pollInterval(Duration.ofMillis(200))
            .until(
                () ->
                    pubsub.outcomesOf(plan.runKey()).stream()
                        .anyMatch(m -> !"duplicate".equals(m.getAttributesMap().get("status"))));
      } catch (org.awaitility.core.ConditionTimeoutException e) {
        // no terminal outcome: the invariant check says so
      }
    }
    Thread.sleep(500); // a second terminal outcome, if any, would have been published already
    return pubsub.outcomesOf(plan.runKey());
  }

  private static String subscription(SoakPlan plan) {
    return "projects/local-project/subscriptions/ib-" + plan.intent().wireName() + "-push";
  }
}
