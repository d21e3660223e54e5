package dev.ibtrading.summary;

import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.OptionFields;
import dev.ibtrading.trigger.TriggerOptions;

/**
 * Options of {@link Intent#SUMMARY}: {@code {}}. A summary only reads; {@code dryRun} is accepted
 * for uniformity with the other intents.
 *
 * @param dryRun accepted, changes nothing
 */
public record SummaryOptions(boolean dryRun) implements TriggerOptions {

  public static SummaryOptions read(OptionFields fields) {
    return new SummaryOptions(fields.bool("dryRun", false));
  }
}
