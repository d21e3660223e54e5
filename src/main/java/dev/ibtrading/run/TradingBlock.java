package dev.ibtrading.run;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Why a run may not place or cancel orders: the kill switch ({@code skipped}), or an account that
 * does not match the trading mode or the gateway's login ({@code failed}: a configuration to fix).
 * A blocked run still computes and reports what it would have done.
 *
 * @param status how a blocked run that wanted to trade ends
 * @param reason the problem reported, as a warning when skipped and as an error when failed
 */
public record TradingBlock(OutcomeStatus status, Problem reason) {

  public static TradingBlock killSwitch() {
    return new TradingBlock(
        OutcomeStatus.SKIPPED,
        new Problem(
            "trading-disabled",
            "kill switch is on (TRADING_ENABLED=false): no order placed or cancelled"));
  }

  static TradingBlock refused(String code, String message) {
    return new TradingBlock(OutcomeStatus.FAILED, new Problem(code, message));
  }

  /** The result of a run that decided {@code result} but was blocked before trading. */
  public IntentResult result(JsonNode result, List<Problem> warnings) {
    List<Problem> allWarnings = new ArrayList<>();
    if (status == OutcomeStatus.SKIPPED) {
      allWarnings.add(reason);
    }
    allWarnings.addAll(warnings);
    return new IntentResult(
        status, result, allWarnings, status == OutcomeStatus.SKIPPED ? List.of() : List.of(reason));
  }
}
