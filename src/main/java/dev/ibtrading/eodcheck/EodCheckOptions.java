package dev.ibtrading.eodcheck;

import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.OptionFields;
import dev.ibtrading.trigger.TriggerOptions;

/**
 * Options of {@link Intent#EOD_CHECK}: {@code {"dryRun": false, "flatten": true}}.
 *
 * @param dryRun reconcile and report, place or cancel no order
 * @param flatten close every position at the end of the day; null = the configured default
 */
public record EodCheckOptions(boolean dryRun, Boolean flatten) implements TriggerOptions {

  public static EodCheckOptions read(OptionFields fields) {
    return new EodCheckOptions(fields.bool("dryRun", false), fields.optionalBool("flatten"));
  }
}
