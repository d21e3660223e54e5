package dev.ibtrading.ingest;

/**
 * Options of {@link Intent#RISK_CHECK}: {@code {"dryRun": false}}.
 *
 * @param dryRun check and report, cancel or place no order
 */
public record RiskCheckOptions(boolean dryRun) implements TriggerOptions {

  static RiskCheckOptions read(OptionFields fields) {
    return new RiskCheckOptions(fields.bool("dryRun", false));
  }
}
