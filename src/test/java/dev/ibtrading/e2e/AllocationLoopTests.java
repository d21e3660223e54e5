package dev.ibtrading.e2e;

import static dev.ibtrading.testsupport.OutcomeInbox.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.pubsub.v1.PubsubMessage;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Position;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.pubsub.TriggerTopic;
import dev.ibtrading.testsupport.RunOrders;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Allocation through the real loop with the data-free {@code dummy} strategy, trading on the
 * embedded paper gateway. Without an allocation handler the coordinator answers {@code skipped}
 * ({@code intent-not-available}); these tests state the behaviour expected with it.
 */
class AllocationLoopTests extends WorkerLoopTestBase {
  private static final String DUMMY = "{\"strategies\":[\"dummy\"]}";

  @Autowired Broker broker;

  @Test
  void aPublishedAllocationTradesOnThePaperGatewayAndReportsItsOrders() {
    String messageId = publish(topology.triggerTopic(TriggerTopic.ALLOCATION), DUMMY, Map.of());
    String runId = "allocation:" + messageId;

    PubsubMessage message =
        outcomes.awaitOf(runId, Duration.ofSeconds(60), got -> !got.isEmpty()).get(0);

    Outcome outcome = read(message);
    assertThat(outcome.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(outcome.account()).isEqualTo(ACCOUNT);
    assertThat(outcome.result().get("signals"))
        .anySatisfy(s -> assertThat(s.get("strategy").stringValue()).isEqualTo("dummy"));
    assertThat(RunOrders.inOutcome(outcome)).isEqualTo(RunOrders.atBroker(broker, runId));
    assertPositionsReachedTheTargets(outcome);
  }

  @Test
  void twentyConcurrentDeliveriesOfOneAllocationPlaceOneSetOfOrders() throws Exception {
    String messageId = "e2e-" + UUID.randomUUID().toString().substring(0, 13);
    String runId = "allocation:" + messageId;

    List<HttpResponse<String>> responses =
        ConcurrentPushes.post(
            "http://127.0.0.1:" + httpPort + "/allocation",
            ConcurrentPushes.envelope(
                messageId, DUMMY, "projects/local-project/subscriptions/ib-allocation-push"),
            DuplicatePushTests.DELIVERIES);

    assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
    List<PubsubMessage> got =
        outcomes.awaitOf(
            runId,
            Duration.ofSeconds(60),
            all -> withStatus(all, "duplicate").size() == DuplicatePushTests.DELIVERIES - 1);
    assertThat(withStatus(got, "ok")).hasSize(1);
    Outcome outcome = read(withStatus(got, "ok").get(0));
    Set<Integer> placed = RunOrders.atBroker(broker, runId);
    assertThat(placed).isEqualTo(RunOrders.inOutcome(outcome));
    // One set of orders: at most one order per symbol for the run.
    List<String> symbols = new ArrayList<>();
    outcome.result().path("orders").forEach(o -> symbols.add(o.get("symbol").stringValue()));
    assertThat(symbols).doesNotHaveDuplicates();
    assertPositionsReachedTheTargets(outcome);
  }

  /** Dummy buys SPY on the pinned day: after the run the broker holds exactly the target. */
  private void assertPositionsReachedTheTargets(Outcome outcome) {
    JsonNode targets = outcome.result().path("targets");
    assertThat(targets).as("targets of %s", outcome.runId()).isNotEmpty();
    for (JsonNode target : targets) {
      String symbol = target.get("symbol").stringValue();
      BigDecimal wanted = target.get("targetQuantity").decimalValue();
      BigDecimal held =
          broker.positions().stream()
              .filter(p -> p.contract().symbol().equals(symbol))
              .map(Position::quantity)
              .findFirst()
              .orElse(BigDecimal.ZERO);
      assertThat(held).as("%s position after the run", symbol).isEqualByComparingTo(wanted);
      if (symbol.equals("SPY")) {
        assertThat(wanted).as("dummy's SPY target on %s", TRADING_DAY).isPositive();
      }
    }
  }
}
