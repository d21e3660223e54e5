package dev.ibtrading.soak;

import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.paper.PaperFaults.NewConnections;
import dev.ibtrading.paper.PaperOrderRules.OrderTicket;
import dev.ibtrading.soak.SoakPushes.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Runs one {@link SoakPlan} against the worker as Pub/Sub would: arms the faults, delivers until a
 * delivery is acknowledged (redelivering refused ones with a backoff, healing the faults before the
 * plan's attempt, dead-lettering after {@value #MAX_ATTEMPTS}), then pushes the acknowledged
 * message again as planned, restarting the worker or dropping the gateway in between.
 */
final class SoakScenario {
  static final int MAX_ATTEMPTS = 12;
  private static final Duration BACKOFF = Duration.ofMillis(300);

  /** Every answer the deliveries got, and whether the message went to the dead letters. */
  record Delivered(List<Answer> answers, boolean deadLettered) {}

  private final SoakPlan plan;
  private final SoakWorker worker;
  private final SoakGateway gateway;
  private final SoakPubSub pubsub;
  private final SoakPushes pushes;
  private final List<Answer> answers = new ArrayList<>();
  private boolean healed;
  private boolean restarted;

  SoakScenario(
      SoakPlan plan,
      SoakWorker worker,
      SoakGateway gateway,
      SoakPubSub pubsub,
      String subscription) {
    this.plan = plan;
    this.worker = worker;
    this.gateway = gateway;
    this.pubsub = pubsub;
    this.pushes = new SoakPushes(plan.intent(), plan.messageId(), plan.data(), subscription);
  }

  Delivered run() {
    arm();
    if (!deliverUntilAcknowledged(plan.concurrentCopies())) {
      heal();
      return new Delivered(answers, true);
    }
    heal();
    for (int i = 0; i < plan.laterRedeliveries(); i++) {
      if (i == 0 && plan.has(Fault.DROP_AFTER)) {
        gateway.faults().dropAllSessions();
      }
      if (i == 0 && plan.has(Fault.WORKER_RESTART) && !restarted) {
        restarted = true;
        worker.restart();
      }
      if (!deliverUntilAcknowledged(1)) {
        return new Delivered(answers, true);
      }
    }
    settle();
    return new Delivered(answers, false);
  }

  private void arm() {
    Predicate<OrderTicket> worker = t -> t.clientId() == SoakGateway.WORKER_CLIENT_ID;
    if (plan.has(Fault.REJECTION)) {
      gateway.rules().rejectWhen(worker, "soak: no trading today");
    }
    if (plan.has(Fault.DEACTIVATION)) {
      gateway.rules().deactivateWhen(worker, "soak: margin");
    }
    if (plan.has(Fault.PARTIAL_FILLS)) {
      gateway.rules().partialFills(3, Duration.ofMillis(800));
    }
    if (plan.has(Fault.SLOW_FILLS)) {
      gateway.rules().delayFills(SoakPlan.SLOW_FILL_DELAY);
    }
    if (plan.has(Fault.DROP_AT_ORDER)) {
      gateway.dropAtNextOrder(plan.dropAfterMessages() % 3);
    }
    if (plan.has(Fault.GATEWAY_DOWN_BEFORE)) {
      gateway.faults().newConnections(NewConnections.REFUSE);
      gateway.faults().dropAllSessions();
    }
    if (plan.has(Fault.LINK_LOST)) {
      gateway.faults().linkLost();
    }
    if (plan.has(Fault.DROP_DURING)) {
      gateway.faults().dropSessionAfterMessages(Math.max(1, plan.dropAfterMessages()));
    }
    if (plan.has(Fault.OUTCOME_PUBLISH_DOWN)) {
      pubsub.cutOff();
    }
  }

  /** Heals the armed faults once; a planned restart happens here if deliveries were refused. */
  private void heal() {
    if (healed) {
      return;
    }
    healed = true;
    if (plan.has(Fault.GATEWAY_DOWN_BEFORE)) {
      gateway.faults().newConnections(NewConnections.SERVE);
    }
    if (plan.has(Fault.LINK_LOST)) {
      gateway.faults().linkRestored(plan.dataLost());
    }
    boolean restartNow = plan.has(Fault.WORKER_RESTART) && !restarted && !acknowledged();
    if (plan.has(Fault.OUTCOME_PUBLISH_DOWN)) {
      if (restartNow) {
        // The worker dies while Pub/Sub is away: its runs are recorded but not published.
        worker.stop();
        pubsub.reconnect();
        worker.start();
      } else {
        pubsub.reconnect();
      }
    } else if (restartNow) {
      worker.restart();
    }
    restarted |= restartNow;
  }

  private boolean deliverUntilAcknowledged(int firstCopies) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (attempt == plan.healBeforeAttempt()) {
        heal();
      }
      List<Answer> got = pushes.deliver(worker.httpPort(), attempt == 1 ? firstCopies : 1);
      answers.addAll(got);
      if (got.stream().anyMatch(Answer::acknowledged)) {
        return true;
      }
      sleep(BACKOFF.multipliedBy(Math.min(attempt, 4)));
    }
    return false;
  }

  private boolean acknowledged() {
    return answers.stream().anyMatch(Answer::acknowledged);
  }

  /** Lets slow and sliced fills of the run arrive before the books are compared. */
  private void settle() {
    if (!plan.has(Fault.SLOW_FILLS) && !plan.has(Fault.PARTIAL_FILLS)) {
      return;
    }
    try {
      await()
          .atMost(SoakPlan.SLOW_FILL_DELAY.plusSeconds(6))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> gateway.openOrders().stream().noneMatch(this::ofThisRun));
    } catch (ConditionTimeoutException e) {
      // still working: the next fresh account cancels it; the books are compared as they are
    }
  }

  private boolean ofThisRun(OrderReport order) {
    return SoakInvariants.ofRun(order.request().orderRef(), plan.runKey());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
