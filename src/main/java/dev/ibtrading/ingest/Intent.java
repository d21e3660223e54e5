package dev.ibtrading.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a trigger asks the worker to do. Each intent has one endpoint ({@link #path()}), one wire
 * name (in the {@code intent} attribute, outcomes and logs) and one typed options record.
 */
public enum Intent {
  /** Trade the requested strategies to their targets. Options: {@link AllocationOptions}. */
  ALLOCATION("allocation", AllocationOptions::read),
  /**
   * Measure daily loss, gross leverage, position losses and margin cushion against their limits,
   * and act on breaches. Options: {@link RiskCheckOptions}.
   */
  RISK_CHECK("risk-check", RiskCheckOptions::read),
  /**
   * End-of-day reconciliation of positions and open orders; published on the reconciliation topic,
   * hence the alias {@code reconciliation}. Options: {@link EodCheckOptions}.
   */
  EOD_CHECK("eod-check", EodCheckOptions::read, "reconciliation"),
  /** Report the account: summary, positions, open orders. Options: {@link SummaryOptions}. */
  SUMMARY("summary", SummaryOptions::read),
  /**
   * Cancel open orders and close positions: this worker's and the managed ones, or all of them.
   * Options: {@link CloseAllOptions}.
   */
  CLOSE_ALL("close-all", CloseAllOptions::read);

  /** Reads one intent's options from a JSON object; unknown keys are checked by the caller. */
  @FunctionalInterface
  interface OptionsReader {
    TriggerOptions read(OptionFields fields);
  }

  private final String wireName;
  private final OptionsReader optionsReader;
  private final List<String> aliases;

  Intent(String wireName, OptionsReader optionsReader, String... aliases) {
    this.wireName = wireName;
    this.optionsReader = optionsReader;
    this.aliases = List.of(aliases);
  }

  /** The name in attributes, outcomes and logs, e.g. {@code risk-check}. */
  public String wireName() {
    return wireName;
  }

  /** The HTTP endpoint, e.g. {@code /risk-check}. */
  public String path() {
    return "/" + wireName;
  }

  /** The intent named by a wire name or an alias ({@code reconciliation}); exact spelling. */
  public static Optional<Intent> fromWireName(String name) {
    return Arrays.stream(values())
        .filter(i -> i.wireName.equals(name) || i.aliases.contains(name))
        .findFirst();
  }

  /** The wire names for error text: {@code allocation, risk-check, ...}. */
  static String wireNames() {
    return Arrays.stream(values()).map(Intent::wireName).collect(Collectors.joining(", "));
  }

  /** This intent's options from a JSON object; rejects wrong types and unknown keys. */
  TriggerOptions readOptions(OptionFields fields) {
    TriggerOptions options = optionsReader.read(fields);
    fields.rejectUnknown();
    return options;
  }
}
