package dev.ibtrading.ingest;

/**
 * Options of {@link Intent#SUMMARY}: {@code {}}. A summary only reads; {@code dryRun} is accepted
 * for uniformity with the other intents.
 *
 * @param dryRun accepted, changes nothing
 */
public record SummaryOptions(boolean dryRun) implements TriggerOptions {

  static SummaryOptions read(OptionFields fields) {
    return new SummaryOptions(fields.bool("dryRun", false));
  }
}
