package dev.ibtrading.riskcheck;

import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.OptionFields;
import dev.ibtrading.trigger.TriggerOptions;

/**
 * Options of {@link Intent#RISK_CHECK}: {@code {"dryRun": false}}.
 *
 * @param dryRun check and report, cancel or place no order
 */
public record RiskCheckOptions(boolean dryRun) implements TriggerOptions {

  public static RiskCheckOptions read(OptionFields fields) {
    return new RiskCheckOptions(fields.bool("dryRun", false));
  }
}
