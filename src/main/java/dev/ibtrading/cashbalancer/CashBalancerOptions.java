package dev.ibtrading.cashbalancer;

import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.OptionFields;
import dev.ibtrading.trigger.TriggerOptions;

/**
 * Options of {@link Intent#CASH_BALANCER}: {@code {"dryRun": false}}. The threshold and the cap are
 * settings ({@link CashBalancerSettings}), not options: a trigger cannot widen them.
 *
 * @param dryRun decide and report, place no order
 */
public record CashBalancerOptions(boolean dryRun) implements TriggerOptions {

  public static CashBalancerOptions read(OptionFields fields) {
    return new CashBalancerOptions(fields.bool("dryRun", false));
  }
}
