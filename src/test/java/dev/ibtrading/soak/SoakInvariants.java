package dev.ibtrading.soak;

import com.google.pubsub.v1.PubsubMessage;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.paper.PaperAccount;
import dev.ibtrading.paper.PaperOrderRules.OrderTicket;
import dev.ibtrading.soak.SoakPushes.Answer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak's invariants for one run key, checked where the truth is: the gateway's orders,
 * executions and holdings, and the outcome topic. Each violation is a sentence saying what was
 * found and what was expected.
 */
final class SoakInvariants {
  private static final Set<String> TERMINAL =
      Set.of("ok", "partial", "failed", "rejected", "skipped");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String runKey;
  private final List<String> violations = new ArrayList<>();

  private SoakInvariants(String runKey) {
    this.runKey = runKey;
  }

  /**
   * @param orders the worker's orders as the gateway received them during the scenario
   * @param executions the gateway's executions during the scenario
   * @param holdings the account's holdings now (flat before the scenario)
   * @param outcomes what the outcome topic carried for the run key
   */
  static List<String> check(
      SoakPlan plan,
      SoakScenario.Delivered delivered,
      List<OrderTicket> orders,
      List<Fill> executions,
      List<PaperAccount.Holding> holdings,
      List<PubsubMessage> outcomes) {
    SoakInvariants check = new SoakInvariants(plan.runKey());
    check.oneSetOfOrders(orders, executions);
    Outcome terminal = check.oneTerminalOutcome(plan, delivered, outcomes);
    check.positionsAreTheFills(executions, holdings);
    if (terminal != null) {
      check.answersAgree(terminal, delivered.answers());
      check.reportAgrees(terminal, executions);
    }
    return check.violations;
  }

  static boolean ofRun(String orderRef, String runKey) {
    return runKey.equals(orderRef);
  }

  private void oneSetOfOrders(List<OrderTicket> orders, List<Fill> executions) {
    Map<String, Long> perLeg =
        orders.stream()
            .collect(
                Collectors.groupingBy(o -> o.symbol() + " " + o.action(), Collectors.counting()));
    perLeg.forEach(
        (leg, count) -> {
          if (count > 1) {
            violations.add(count + " orders " + leg + " at the gateway (expected: at most 1)");
          }
        });
    for (Fill fill : executions) {
      if (!ofRun(fill.orderRef(), runKey)) {
        violations.add(
            "execution "
                + fill.execId()
                + " has orderRef '"
                + fill.orderRef()
                + "' (expected: "
                + runKey
                + ")");
      }
    }
  }

  private Outcome oneTerminalOutcome(
      SoakPlan plan, SoakScenario.Delivered delivered, List<PubsubMessage> outcomes) {
    List<Outcome> terminal = new ArrayList<>();
    for (PubsubMessage message : outcomes) {
      String status = message.getAttributesMap().get("status");
      if (TERMINAL.contains(status)) {
        terminal.add(OutcomeJson.read(message.getData().toByteArray()));
      } else if (!"duplicate".equals(status)) {
        violations.add("outcome with status " + status + " (expected: terminal or duplicate)");
      }
    }
    int expectedAtLeast = delivered.deadLettered() ? 0 : 1;
    if (terminal.size() > 1 || terminal.size() < expectedAtLeast) {
      violations.add(
          terminal.size()
              + " terminal outcomes "
              + terminal.stream().map(o -> o.status().wireName()).toList()
              + " (expected: "
              + (delivered.deadLettered() ? "at most 1, dead-lettered" : "exactly 1")
              + ")");
    }
    if (!terminal.isEmpty() && !plan.data().startsWith("{")) {
      String status = terminal.get(0).status().wireName();
      if (!status.equals("rejected")) {
        violations.add("a trigger that is not JSON ended " + status + " (expected: rejected)");
      }
    }
    return terminal.isEmpty() ? null : terminal.get(0);
  }

  private void positionsAreTheFills(List<Fill> executions, List<PaperAccount.Holding> holdings) {
    Map<String, BigDecimal> filled = new HashMap<>();
    for (Fill fill : executions) {
      BigDecimal signed = fill.side() == OrderSide.SELL ? fill.shares().negate() : fill.shares();
      filled.merge(fill.contract().symbol(), signed, BigDecimal::add);
    }
    Map<String, BigDecimal> held = new HashMap<>();
    holdings.forEach(h -> held.merge(h.symbol(), h.quantity(), BigDecimal::add));
    Set<String> symbols = new TreeSet<>(filled.keySet());
    symbols.addAll(held.keySet());
    for (String symbol : symbols) {
      BigDecimal position = held.getOrDefault(symbol, BigDecimal.ZERO);
      BigDecimal fills = filled.getOrDefault(symbol, BigDecimal.ZERO);
      if (position.compareTo(fills) != 0) {
        violations.add(
            "position " + symbol + " " + position + " (expected: the fills' " + fills + ")");
      }
    }
  }

  private void answersAgree(Outcome terminal, List<Answer> answers) {
    for (Answer answer : answers) {
      if (!answer.acknowledged()) {
        continue;
      }
      JsonNode body = JSON.readTree(answer.body());
      String status = body.path("status").asString();
      if (!body.path("runId").asString().equals(runKey)
          || !status.equals(terminal.status().wireName())) {
        violations.add(
            "answer "
                + body.path("runId").asString()
                + " "
                + status
                + " (expected: "
                + runKey
                + " "
                + terminal.status().wireName()
                + " as published)");
      }
    }
  }

  private void reportAgrees(Outcome terminal, List<Fill> executions) {
    JsonNode result = terminal.result();
    if (result == null) {
      return;
    }
    Map<Integer, BigDecimal> executed = new HashMap<>();
    executions.forEach(f -> executed.merge(f.orderId(), f.shares(), BigDecimal::add));
    for (JsonNode order : result.path("orders")) {
      int orderId = order.path("orderId").asInt();
      BigDecimal reported = order.path("filled").decimalValue();
      BigDecimal atGateway = executed.getOrDefault(orderId, BigDecimal.ZERO);
      boolean filled = order.path("status").asString().equals("filled");
      if (reported.compareTo(atGateway) > 0 || (filled && reported.compareTo(atGateway) != 0)) {
        violations.add(
            "order "
                + orderId
                + " reported "
                + order.path("status").asString()
                + " with "
                + reported
                + " filled (expected: the gateway's "
                + atGateway
                + ")");
      }
    }
    Set<String> execIds = executions.stream().map(Fill::execId).collect(Collectors.toSet());
    for (JsonNode execution : result.path("executions")) {
      // Other intents report the day's fills of every run; a run's own are of this scenario.
      if (ofRun(execution.path("orderRef").asString(), runKey)
          && !execIds.contains(execution.path("execId").asString())) {
        violations.add(
            "reported execution "
                + execution.path("execId").asString()
                + " unknown to the gateway");
      }
    }
  }
}
