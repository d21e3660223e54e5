package dev.ibtrading.testsupport;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.outcome.Outcome;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The order ids of one run, as its outcome reports them and as the gateway knows them. */
public final class RunOrders {
  private RunOrders() {}

  /** The ids in the outcome's {@code result.orders}. */
  public static Set<Integer> inOutcome(Outcome outcome) {
    Set<Integer> ids = new HashSet<>();
    for (JsonNode order : outcome.result().path("orders")) {
      ids.add(order.get("orderId").intValue());
    }
    return ids;
  }

  /** Orders whose orderRef names the run: executed today or still open. */
  public static Set<Integer> atBroker(Broker broker, String runId) {
    Set<Integer> ids = new HashSet<>();
    for (Fill fill : broker.executions()) {
      if (fill.orderRef() != null && fill.orderRef().contains(runId)) {
        ids.add(fill.orderId());
      }
    }
    broker.openOrders().stream()
        .filter(o -> o.request().orderRef().contains(runId))
        .forEach(o -> ids.add(o.orderId()));
    return ids;
  }
}
