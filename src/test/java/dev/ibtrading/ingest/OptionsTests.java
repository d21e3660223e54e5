package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.allocation.AllocationOptions;
import dev.ibtrading.closeall.CloseAllOptions;
import dev.ibtrading.closeall.CloseAllScope;
import dev.ibtrading.eodcheck.EodCheckOptions;
import dev.ibtrading.riskcheck.RiskCheckOptions;
import dev.ibtrading.summary.SummaryOptions;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Received;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RejectionCause;
import dev.ibtrading.trigger.Trigger;
import dev.ibtrading.trigger.TriggerOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The options layer: types, required keys, unknown keys, per intent. */
class OptionsTests {
  private final TriggerParser parser = new TriggerParser();

  private TriggerOptions options(Intent intent, String json) {
    Received received =
        parser.parse(intent, json.getBytes(StandardCharsets.UTF_8), RequestHeaders.none());
    assertThat(received).isInstanceOf(Trigger.class);
    return ((Trigger) received).options();
  }

  private String reason(Intent intent, String json) {
    Received received =
        parser.parse(intent, json.getBytes(StandardCharsets.UTF_8), RequestHeaders.none());
    assertThat(received).isInstanceOf(Rejection.class);
    assertThat(((Rejection) received).cause()).isEqualTo(RejectionCause.INVALID_OPTIONS);
    return ((Rejection) received).reason();
  }

  @Test
  void allocationReadsEveryOption() {
    AllocationOptions options =
        (AllocationOptions)
            options(
                Intent.ALLOCATION,
                """
                {"strategies":["spymacdvixy","dummy"],"dryRun":true,
                 "orderProperties":{"goodAfterTime":"20250103 09:35:00 US/Eastern","x":{"y":1}}}
                """);

    assertThat(options.strategies()).containsExactly("spymacdvixy", "dummy");
    assertThat(options.dryRun()).isTrue();
    assertThat(options.orderProperties()).containsOnlyKeys("goodAfterTime", "x");
    assertThat(options.orderProperties().get("goodAfterTime").stringValue())
        .isEqualTo("20250103 09:35:00 US/Eastern");
    assertThat(options.orderProperties().get("x").path("y").intValue()).isEqualTo(1);
  }

  @Test
  void allocationDefaults() {
    assertThat(options(Intent.ALLOCATION, "{\"strategies\":[\"a\"]}"))
        .isEqualTo(new AllocationOptions(List.of("a"), false, java.util.Map.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{}|allocation option 'strategies' is required",
        "{\"strategies\":\"spy\"}|'strategies' must be a non-empty array of strings (actual: string",
        "{\"strategies\":[]}|'strategies' must be a non-empty array of strings (actual: empty array)",
        "{\"strategies\":[\"a\",1]}|'strategies[1]' must be a non-blank string (actual: number 1)",
        "{\"strategies\":[\" \"]}|'strategies[0]' must be a non-blank string",
        "{\"strategies\":[\"a\"],\"dryRun\":\"yes\"}|'dryRun' must be a boolean (actual: string",
        "{\"strategies\":[\"a\"],\"dryRun\":null}|'dryRun' must be a boolean (actual: null)",
        "{\"strategies\":[\"a\"],\"orderProperties\":[]}|'orderProperties' must be an object",
        "{\"strategies\":[\"a\"],\"targets\":\"none\"}|'targets' must be one of strategy, zero",
        "{\"strategies\":[\"a\"],\"dryrun\":true}|unknown allocation option 'dryrun'"
            + " (expected: one of strategies, dryRun, orderProperties, targets)"
      })
  void allocationRefusesWrongTypesAndUnknownKeys(String json, String expected) {
    assertThat(reason(Intent.ALLOCATION, json)).contains(expected);
  }

  @Test
  void eodCheckFlattenIsOptional() {
    assertThat(options(Intent.EOD_CHECK, "{}")).isEqualTo(new EodCheckOptions(false, null));
    assertThat(options(Intent.EOD_CHECK, "{\"flatten\":false,\"dryRun\":true}"))
        .isEqualTo(new EodCheckOptions(true, false));
    assertThat(reason(Intent.EOD_CHECK, "{\"flatten\":1}"))
        .contains("eod-check option 'flatten' must be a boolean (actual: number 1)");
  }

  @Test
  void closeAllTakesOrderProperties() {
    CloseAllOptions options =
        (CloseAllOptions)
            options(Intent.CLOSE_ALL, "{\"dryRun\":true,\"orderProperties\":{\"tif\":\"DAY\"}}");

    assertThat(options.dryRun()).isTrue();
    assertThat(options.scope()).isEqualTo(CloseAllScope.OWN);
    assertThat(options.orderProperties().get("tif").stringValue()).isEqualTo("DAY");
    assertThat(reason(Intent.CLOSE_ALL, "{\"strategies\":[\"a\"]}"))
        .isEqualTo(
            "unknown close-all option 'strategies'"
                + " (expected: one of scope, dryRun, orderProperties)");
  }

  @ParameterizedTest
  @CsvSource({"own, OWN", "all, ALL"})
  void closeAllReadsItsScope(String wire, CloseAllScope scope) {
    CloseAllOptions options =
        (CloseAllOptions) options(Intent.CLOSE_ALL, "{\"scope\":\"" + wire + "\"}");

    assertThat(options).isEqualTo(new CloseAllOptions(scope, false, java.util.Map.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"scope\":\"every\"}|'scope' must be one of own, all (actual: string \"every\")",
        "{\"scope\":\"ALL\"}|'scope' must be one of own, all (actual: string \"ALL\")",
        "{\"scope\":\"\"}|'scope' must be one of own, all (actual: string \"\")",
        "{\"scope\":[\"all\"]}|'scope' must be one of own, all (actual: array)",
        "{\"scope\":null}|'scope' must be one of own, all (actual: null)"
      })
  void closeAllRefusesAnUnknownScope(String json, String expected) {
    assertThat(reason(Intent.CLOSE_ALL, json)).isEqualTo("close-all option " + expected);
  }

  @Test
  void riskCheckAndSummaryTakeDryRunOnly() {
    assertThat(options(Intent.RISK_CHECK, "{\"dryRun\":true}"))
        .isEqualTo(new RiskCheckOptions(true));
    assertThat(options(Intent.SUMMARY, "")).isEqualTo(new SummaryOptions(false));
    assertThat(reason(Intent.RISK_CHECK, "{\"limit\":5}"))
        .isEqualTo("unknown risk-check option 'limit' (expected: one of dryRun)");
  }

  /** Issue 16: {@code 1e309} in orderProperties ended the run failed internal-error. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "allocation|{\"strategies\":[\"a\"],\"orderProperties\":{\"orderType\":\"LMT\","
            + "\"limitOffsetBps\":1e309}}|allocation option 'orderProperties.limitOffsetBps'",
        "close-all|{\"orderProperties\":{\"limitOffsetBps\":-1E400,\"orderType\":\"LOC\"}}"
            + "|close-all option 'orderProperties.limitOffsetBps'",
        "allocation|{\"strategies\":[\"a\"],\"orderProperties\":{\"x\":[1,{\"y\":9e999}]}}"
            + "|allocation option 'orderProperties.x[1].y'",
        "summary|{\"dryRun\":2e308}|summary option 'dryRun'"
      })
  void nonFiniteNumbersAnywhereAreRejectedWithTheFieldNamed(
      String intent, String json, String field) {
    assertThat(reason(Intent.fromWireName(intent).orElseThrow(), json))
        .isEqualTo(
            field + " must be a finite number (actual: a number beyond the range of a double)");
  }

  @Test
  void largeButFiniteNumbersPassTheEdge() {
    AllocationOptions options =
        (AllocationOptions)
            options(
                Intent.ALLOCATION,
                "{\"strategies\":[\"a\"],\"orderProperties\":{\"limitOffsetBps\":1e308,"
                    + "\"n\":123456789012345678901234567890}}");
    assertThat(options.orderProperties()).containsOnlyKeys("limitOffsetBps", "n");
  }
}
