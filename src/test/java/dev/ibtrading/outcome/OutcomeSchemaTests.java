package dev.ibtrading.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ibtrading.closeall.CloseAllOutcomes;
import dev.ibtrading.eodcheck.EodCheckOutcomes;
import dev.ibtrading.summary.SummaryOutcomes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Serialized outcomes against pubsub/schemas/outcome-v1.json, and broken ones that must fail. */
class OutcomeSchemaTests {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    Path file =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("pubsub/schemas/outcome-v1.json");
    try (InputStream in = Files.newInputStream(file)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @Test
  void anAllocationWithOrdersIsValid() {
    ObjectNode json = serialized(Outcomes.allocation("run-1", "DU0000001"));

    assertThat(errors(json)).isEmpty();
    assertThat(json.path("tradingMode").asString()).isEqualTo("paper");
    assertThat(json.path("startedAt").asString()).isEqualTo("2026-03-02T14:35:00.125Z");
    JsonNode order = json.path("result").path("orders").path(0);
    assertThat(order.path("side").asString()).isEqualTo("buy");
    assertThat(order.path("status").asString()).isEqualTo("filled");
    assertThat(order.path("averagePrice").decimalValue()).isEqualByComparingTo("501.25");
    assertThat(json.path("trigger").path("source").asString()).isEqualTo("push");
  }

  @Test
  void aRiskCheckThatClosedAPositionIsValid() {
    ObjectNode json = serialized(Outcomes.riskCheck("run-risk", "DU0000001"));

    assertThat(errors(json)).isEmpty();
    JsonNode result = json.path("result");
    assertThat(result.path("actionTaken").asString()).isEqualTo("reduce");
    JsonNode loss = result.path("measures").path(1);
    assertThat(loss.path("measure").asString()).isEqualTo("position-loss");
    assertThat(loss.path("action").asString()).isEqualTo("reduce");
    assertThat(result.path("measures").path(2).get("limit").isNull()).isTrue();
    assertThat(result.path("planned").path(0).path("measure").asString())
        .isEqualTo("position-loss");
    assertThat(result.path("orders").path(0).path("side").asString()).isEqualTo("sell");
  }

  @Test
  void brokenRiskCheckResultsFail() {
    assertRiskCheckInvalid(
        json ->
            ((ObjectNode) json.path("result").path("measures").path(0)).put("measure", "drawdown"),
        "measure");
    assertRiskCheckInvalid(
        json -> ((ObjectNode) json.path("result")).put("actionTaken", "cancel_open_orders"),
        "actionTaken");
    assertRiskCheckInvalid(
        json -> ((ObjectNode) json.path("result")).remove("measures"), "measures");
    assertRiskCheckInvalid(
        json -> ((ObjectNode) json.path("result").path("planned").path(0)).put("quantity", 0),
        "quantity");
    assertRiskCheckInvalid(
        json -> ((ObjectNode) json.path("result").path("orders").path(0)).remove("orderRef"),
        "orderRef");
  }

  @Test
  void aRejectedTriggerWithoutAccountOrResultIsValid() {
    ObjectNode json = serialized(Outcomes.rejected("run-2"));

    assertThat(errors(json)).isEmpty();
    assertThat(json.get("account").isNull()).isTrue();
    assertThat(json.get("result").isNull()).isTrue();
    assertThat(json.path("trigger").get("messageId").isNull()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(OutcomeStatus.class)
  void everyStatusIsInTheSchema(OutcomeStatus status) {
    Outcome rejected = Outcomes.rejected("run-" + status);
    Outcome outcome =
        Outcome.builder(rejected.runId(), "risk-check")
            .status(status)
            .tradingMode(rejected.tradingMode())
            .trigger(rejected.trigger())
            .startedAt(rejected.startedAt())
            .endedAt(rejected.endedAt())
            .build();

    assertThat(errors(serialized(outcome))).isEmpty();
  }

  @Test
  void brokenOutcomesFail() {
    assertInvalid(json -> json.remove("runId"), "runId");
    assertInvalid(json -> json.put("status", "done"), "status");
    assertInvalid(json -> json.put("schemaVersion", 2), "schemaVersion");
    assertInvalid(json -> json.put("unexpected", true), "unexpected");
    assertInvalid(json -> json.put("tradingMode", "PAPER"), "tradingMode");
    assertInvalid(json -> ((ObjectNode) json.path("trigger")).remove("source"), "source");
    assertInvalid(json -> ((ObjectNode) json.path("result")).remove("orders"), "orders");
    assertInvalid(
        json -> ((ObjectNode) json.path("result").path("orders").path(0)).put("side", "long"),
        "side");
    assertInvalid(
        json -> ((ArrayNode) json.path("warnings")).addObject().put("code", "No Spaces"), "code");
  }

  @Test
  void aCloseAllIsValid() {
    ObjectNode json = serialized(CloseAllOutcomes.closedEverything("close-all:7"));

    assertThat(errors(json)).isEmpty();
    JsonNode result = json.path("result");
    assertThat(result.path("scope").asString()).isEqualTo("all");
    assertThat(result.path("cancelled").path(0).path("status").asString()).isEqualTo("cancelled");
    assertThat(result.path("planned").path(0).get("limitPrice").isNull()).isTrue();
    assertThat(result.path("planned").path(1).path("type").asString()).isEqualTo("lmt");
    assertThat(result.path("positionsBefore").path(1).path("quantity").decimalValue())
        .isEqualByComparingTo("-5");
    assertThat(result.path("positionsAfter").isArray()).isTrue();
  }

  @Test
  void aDryCloseAllWithoutPositionsAfterIsValid() {
    ObjectNode json = serialized(CloseAllOutcomes.closedEverything("close-all:8"));
    ((ObjectNode) json.path("result")).putNull("positionsAfter").put("dryRun", true);

    assertThat(errors(json)).isEmpty();
  }

  @Test
  void brokenCloseAllsFail() {
    assertCloseAllInvalid(result -> result.put("scope", "every"), "scope");
    assertCloseAllInvalid(result -> result.remove("leftAlone"), "leftAlone");
    assertCloseAllInvalid(result -> result.putArray("targets"), "targets");
    assertCloseAllInvalid(
        result -> ((ObjectNode) result.path("planned").path(0)).put("side", "short"), "side");
    assertCloseAllInvalid(
        result -> ((ObjectNode) result.path("planned").path(0)).remove("referencePrice"),
        "referencePrice");
    assertCloseAllInvalid(
        result -> ((ObjectNode) result.path("positionsBefore").path(0)).put("quantity", "10"),
        "quantity");
    assertCloseAllInvalid(
        result -> ((ObjectNode) result.path("orders").path(0)).remove("permId"), "permId");
  }

  @Test
  void anEodCheckWithDriftCancelsAndFlatteningIsValid() {
    ObjectNode json = serialized(EodCheckOutcomes.flattened("eod-check:m-1"));

    assertThat(errors(json)).isEmpty();
    JsonNode result = json.path("result");
    assertThat(result.path("session").path("date").asString()).isEqualTo("2026-03-02");
    assertThat(result.path("drift").path(1).get("targetQuantity").isNull()).isTrue();
    assertThat(result.path("toFlatten").path(0).path("side").asString()).isEqualTo("sell");
    assertThat(result.path("executions").path(1).get("commission").isNull()).isTrue();
  }

  @Test
  void brokenEodCheckResultsFail() {
    assertInvalidEod(result -> result.remove("drift"), "drift");
    assertInvalidEod(
        result -> ((ObjectNode) result.path("toFlatten").path(0)).put("side", "short"), "side");
    assertInvalidEod(
        result -> ((ObjectNode) result.path("drift").path(0)).put("reason", "x"), "reason");
    assertInvalidEod(
        result -> ((ObjectNode) result.path("cancelled").path(0)).remove("orderRef"), "orderRef");
    assertInvalidEod(result -> result.put("netLiquidation", "100"), "netLiquidation");
  }

  @Test
  void aSummaryWithDelayedFrozenAndMissingPricesIsValid() {
    ObjectNode json = serialized(SummaryOutcomes.delayedFrozenAndMissing("summary:m-1"));

    assertThat(errors(json)).isEmpty();
    JsonNode positions = json.path("result").path("positions");
    assertThat(positions.path(0).path("marketDataType").asString()).isEqualTo("delayed");
    assertThat(positions.path(0).path("priceAgeSeconds").asLong()).isEqualTo(900);
    assertThat(positions.path(0).path("priceTime").asString()).isEqualTo("2026-03-02T14:45:00Z");
    assertThat(positions.path(1).path("marketDataType").asString()).isEqualTo("frozen");
    assertThat(positions.path(2).get("marketDataType").isNull()).isTrue();
    assertThat(positions.path(2).get("priceAgeSeconds").isNull()).isTrue();
  }

  @Test
  void brokenSummaryResultsFail() {
    assertSummaryInvalid(result -> result.remove("positions"), "positions");
    assertSummaryInvalid(
        result -> ((ObjectNode) result.path("positions").path(0)).put("marketDataType", "live"),
        "marketDataType");
    assertSummaryInvalid(
        result -> ((ObjectNode) result.path("positions").path(0)).remove("priceAgeSeconds"),
        "priceAgeSeconds");
    assertSummaryInvalid(
        result -> ((ObjectNode) result.path("positions").path(0)).put("priceAgeSeconds", -1),
        "priceAgeSeconds");
    assertSummaryInvalid(
        result -> ((ObjectNode) result.path("account")).put("netLiquidation", "100"),
        "netLiquidation");
  }

  @Test
  void readingBackGivesTheSameOutcome() {
    for (Outcome outcome :
        List.of(
            Outcomes.allocation("run-3", "DU0000001"),
            Outcomes.rejected("run-4"),
            CloseAllOutcomes.closedEverything("run-5"),
            Outcomes.riskCheck("run-6", "DU0000001"),
            EodCheckOutcomes.flattened("run-7"),
            SummaryOutcomes.delayedFrozenAndMissing("run-8"))) {
      byte[] json = OutcomeJson.write(outcome);

      Outcome read = OutcomeJson.read(json);

      assertThat(read).usingRecursiveComparison().ignoringFields("result").isEqualTo(outcome);
      // A JSON tree keeps 1 and 1.0 apart; the same JSON again is what matters.
      assertThat(new String(OutcomeJson.write(read), StandardCharsets.UTF_8))
          .isEqualTo(new String(json, StandardCharsets.UTF_8));
    }
  }

  @Test
  void garbageIsNotAnOutcome() {
    assertThatThrownBy(() -> OutcomeJson.read("{\"runId\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an outcome: ");
  }

  private static void assertInvalid(Consumer<ObjectNode> breakIt, String mentioned) {
    assertBroken(Outcomes.allocation("run-broken", "DU0000001"), breakIt, mentioned);
  }

  private static void assertCloseAllInvalid(Consumer<ObjectNode> breakResult, String mentioned) {
    assertBroken(
        CloseAllOutcomes.closedEverything("close-all:broken"),
        json -> breakResult.accept((ObjectNode) json.path("result")),
        mentioned);
  }

  private static void assertRiskCheckInvalid(Consumer<ObjectNode> breakIt, String mentioned) {
    assertBroken(Outcomes.riskCheck("run-broken", "DU0000001"), breakIt, mentioned);
  }

  /** Serializes {@code outcome}, breaks it, and expects the schema to name {@code mentioned}. */
  private static void assertBroken(
      Outcome outcome, Consumer<ObjectNode> breakIt, String mentioned) {
    ObjectNode json = serialized(outcome);
    breakIt.accept(json);

    List<Error> errors = errors(json);

    assertThat(errors).as("errors after breaking %s", mentioned).isNotEmpty();
    assertThat(errors.toString()).contains(mentioned);
  }

  private static void assertSummaryInvalid(Consumer<ObjectNode> breakResult, String mentioned) {
    assertBroken(
        SummaryOutcomes.delayedFrozenAndMissing("summary:broken"),
        json -> breakResult.accept((ObjectNode) json.path("result")),
        mentioned);
  }

  private static void assertInvalidEod(Consumer<ObjectNode> breakResult, String mentioned) {
    assertBroken(
        EodCheckOutcomes.flattened("eod-check:broken"),
        json -> breakResult.accept((ObjectNode) json.path("result")),
        mentioned);
  }

  private static ObjectNode serialized(Outcome outcome) {
    return (ObjectNode) JSON.readTree(OutcomeJson.write(outcome));
  }

  private static List<Error> errors(JsonNode json) {
    return schema.validate(json, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }
}
