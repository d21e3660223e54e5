package dev.ibtrading.status;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.OutcomeTrigger;
import dev.ibtrading.outcome.TriggerSource;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Outcomes for the status page's tests, built the way the run coordinator builds them. */
final class StatusOutcomes {
  static final String ACCOUNT = "DU0000001";

  private StatusOutcomes() {}

  /** A run of {@code intent} that ended {@code status} at {@code at}, without a result. */
  static Outcome.Builder run(String runId, String intent, OutcomeStatus status, Instant at) {
    return Outcome.builder(runId, intent)
        .status(status)
        .tradingMode(TradingMode.PAPER)
        .account(ACCOUNT)
        .trigger(OutcomeTrigger.plain(TriggerSource.DIRECT))
        .startedAt(at)
        .endedAt(at.plusSeconds(1));
  }

  /** A summary run whose result reports {@code netLiquidation} as its docs describe. */
  static Outcome summary(String runId, Instant at, String netLiquidation) {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result
        .putObject("account")
        .put("account", ACCOUNT)
        .put("currency", "USD")
        .put("netLiquidation", new BigDecimal(netLiquidation));
    result.putArray("positions");
    return run(runId, "summary", OutcomeStatus.OK, at).result(result).build();
  }
}
