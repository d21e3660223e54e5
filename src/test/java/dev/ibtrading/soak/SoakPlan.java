package dev.ibtrading.soak;

import dev.ibtrading.trigger.Intent;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/**
 * One scenario, drawn from its seed: what is triggered, with which faults, and when they heal.
 *
 * @param seed replays this scenario with {@code -Dsoak.scenario-seed=<seed>}
 * @param messageId the Pub/Sub message id of the trigger (unique per JVM)
 * @param intent the trigger's endpoint
 * @param data the message data; not JSON for a trigger that must be rejected
 * @param faults the faults of this scenario
 * @param concurrentCopies how many copies the first delivery pushes at once
 * @param healBeforeAttempt the delivery attempt before which the armed faults heal (2 or 3)
 * @param laterRedeliveries acknowledged deliveries pushed again afterwards
 * @param dropAfterMessages for {@link Fault#DROP_AT_ORDER}: 0 drops at once, else after that many
 *     of the gateway's answers; for {@link Fault#DROP_DURING}: the gateway message that ends it
 * @param dataLost for {@link Fault#LINK_LOST}: restored with 1101 (true) or 1102
 */
record SoakPlan(
    long seed,
    String messageId,
    Intent intent,
    String data,
    Set<Fault> faults,
    int concurrentCopies,
    int healBeforeAttempt,
    int laterRedeliveries,
    int dropAfterMessages,
    boolean dataLost) {

  /** The worker's fill timeout: slow fills come after it. */
  static final Duration FILL_TIMEOUT = Duration.ofSeconds(2);

  static final Duration SLOW_FILL_DELAY = Duration.ofSeconds(4);
  static final String DUMMY = "{\"strategies\":[\"dummy\"]}";
  private static final Set<Fault> ORDER_FAULTS =
      EnumSet.of(
          Fault.REJECTION,
          Fault.DEACTIVATION,
          Fault.PARTIAL_FILLS,
          Fault.SLOW_FILLS,
          Fault.DROP_AT_ORDER);

  /** The scenario of {@code seed}: the fault {@link #leadingFault} names, plus others by chance. */
  static SoakPlan draw(long seed, String messageId) {
    Random random = new Random(seed);
    Fault leading = leadingFault(seed);
    boolean ordersNeeded = ORDER_FAULTS.contains(leading);
    int pick = ordersNeeded ? 0 : random.nextInt(100);
    Intent intent;
    String data;
    if (pick < 70) {
      intent = Intent.ALLOCATION;
      data = DUMMY;
    } else if (pick < 78) {
      intent = Intent.RISK_CHECK;
      data = "{}";
    } else if (pick < 86) {
      intent = Intent.CLOSE_ALL;
      data = "{\"scope\":\"own\"}";
    } else if (pick < 94) {
      intent = Intent.EOD_CHECK;
      data = "{}";
    } else {
      intent = Intent.ALLOCATION;
      data = "not json at all";
    }
    Set<Fault> faults = EnumSet.of(leading);
    chance(random, 35, faults, Fault.CONCURRENT_PUSHES);
    chance(random, 40, faults, Fault.LATER_REDELIVERY);
    chance(random, 15, faults, Fault.GATEWAY_DOWN_BEFORE);
    chance(random, 15, faults, Fault.LINK_LOST);
    chance(random, 15, faults, Fault.DROP_DURING);
    chance(random, 20, faults, Fault.DROP_AFTER);
    chance(random, 15, faults, Fault.OUTCOME_PUBLISH_DOWN);
    chance(random, 35, faults, Fault.WORKER_RESTART);
    if (intent == Intent.ALLOCATION && data.equals(DUMMY)) {
      // Order faults: at most one order rule, so that each is seen on its own.
      int rule = ordersNeeded ? 100 : random.nextInt(100);
      if (rule < 15) {
        faults.add(Fault.REJECTION);
      } else if (rule < 25) {
        faults.add(Fault.DEACTIVATION);
      } else if (rule < 45) {
        faults.add(Fault.PARTIAL_FILLS);
      } else if (rule < 60) {
        faults.add(Fault.SLOW_FILLS);
      }
      chance(random, 20, faults, Fault.DROP_AT_ORDER);
    }
    if (faults.contains(Fault.WORKER_RESTART) || faults.contains(Fault.DROP_AFTER)) {
      faults.add(Fault.LATER_REDELIVERY); // the restart or drop sits before a redelivery
    }
    return new SoakPlan(
        seed,
        messageId,
        intent,
        data,
        faults,
        faults.contains(Fault.CONCURRENT_PUSHES) ? 2 + random.nextInt(4) : 1,
        2 + random.nextInt(2),
        faults.contains(Fault.LATER_REDELIVERY) ? 1 + random.nextInt(2) : 0,
        random.nextInt(faults.contains(Fault.DROP_DURING) ? 30 : 3),
        random.nextBoolean());
  }

  /** The fault every scenario of {@code seed} has: each seed modulo the number of faults. */
  static Fault leadingFault(long seed) {
    return Fault.values()[Math.floorMod(seed, Fault.values().length)];
  }

  boolean has(Fault fault) {
    return faults.contains(fault);
  }

  /** The run key the worker derives from the message id. */
  String runKey() {
    return intent.wireName() + ":" + messageId;
  }

  private static void chance(Random random, int percent, Set<Fault> faults, Fault fault) {
    if (random.nextInt(100) < percent) {
      faults.add(fault);
    }
  }
}
