package dev.ibtrading.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.eodcheck.EodCheckResult;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.riskcheck.RiskAction;
import dev.ibtrading.riskcheck.RiskCheckResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Where each intent's result holds NetLiquidation, checked against the real result records. */
class NetLiquidationPointTests {
  private static final Instant AT = Instant.parse("2025-01-02T20:55:00Z");

  @Test
  void aSummaryReportsItUnderAccount() {
    NetLiquidationPoint point =
        NetLiquidationPoint.of(StatusOutcomes.summary("s-1", AT, "100250.75")).orElseThrow();

    assertThat(point)
        .isEqualTo(
            new NetLiquidationPoint("s-1", "summary", AT, new BigDecimal("100250.75"), "USD"));
  }

  @Test
  void aRiskCheckReportsItUnderAccount() {
    RiskCheckResult result =
        new RiskCheckResult(
            true,
            new RiskCheckResult.AccountValues(
                "USD",
                new BigDecimal("98765.43"),
                new BigDecimal("98765.43"),
                new BigDecimal("99000"),
                new BigDecimal("50000"),
                new BigDecimal("12500"),
                new BigDecimal("86265.43"),
                new BigDecimal("0.87")),
            List.of(),
            List.of(),
            RiskAction.REPORT,
            RiskAction.REPORT,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Outcome outcome = withResult("risk-check", OutcomeJson.toTree(result));

    assertThat(NetLiquidationPoint.of(outcome))
        .contains(
            new NetLiquidationPoint("r-1", "risk-check", AT, new BigDecimal("98765.43"), "USD"));
  }

  @Test
  void anEodCheckReportsItAtTheTopOfItsResult() {
    EodCheckResult result =
        new EodCheckResult(
            true,
            false,
            false,
            new EodCheckResult.Session(
                LocalDate.of(2025, 1, 2), Instant.parse("2025-01-02T21:00:00Z"), null, true),
            "USD",
            new BigDecimal("99162.68"),
            List.of(),
            List.of(),
            BigDecimal.ZERO,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Outcome outcome = withResult("eod-check", OutcomeJson.toTree(result));

    assertThat(NetLiquidationPoint.of(outcome))
        .contains(
            new NetLiquidationPoint("r-1", "eod-check", AT, new BigDecimal("99162.68"), "USD"));
  }

  @Test
  void otherIntentsAndRunsWithoutAResultHaveNone() {
    ObjectNode summaryShapedAllocation = JsonNodeFactory.instance.objectNode();
    summaryShapedAllocation.putObject("account").put("netLiquidation", 1);

    assertThat(NetLiquidationPoint.of(withResult("allocation", summaryShapedAllocation))).isEmpty();
    assertThat(
            NetLiquidationPoint.of(
                StatusOutcomes.run("r-2", "summary", OutcomeStatus.REJECTED, AT).build()))
        .isEmpty();
  }

  @Test
  void aResultWithoutANumberHasNone() {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.putObject("account").putNull("netLiquidation");

    assertThat(NetLiquidationPoint.of(withResult("summary", result))).isEmpty();
  }

  private static Outcome withResult(String intent, JsonNode result) {
    return StatusOutcomes.run("r-1", intent, OutcomeStatus.OK, AT).result(result).build();
  }
}
