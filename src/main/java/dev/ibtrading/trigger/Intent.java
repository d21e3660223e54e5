package dev.ibtrading.trigger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a trigger asks the worker to do. Each intent has one endpoint ({@link #path()}), one wire
 * name (in the {@code intent} attribute, outcomes and logs) and one typed options record, read by
 * the edge.
 */
public enum Intent {
  /** Trade the requested strategies to their targets. Options: {@code AllocationOptions}. */
  ALLOCATION("allocation"),
  /**
   * Measure daily loss, gross leverage, position losses and margin cushion against their limits,
   * and act on breaches. Options: {@code RiskCheckOptions}.
   */
  RISK_CHECK("risk-check"),
  /**
   * End-of-day reconciliation of positions and open orders; published on the reconciliation topic,
   * hence the alias {@code reconciliation}. Options: {@code EodCheckOptions}.
   */
  EOD_CHECK("eod-check", "reconciliation"),
  /** Report the account: summary, positions, open orders. Options: {@code SummaryOptions}. */
  SUMMARY("summary"),
  /**
   * Cancel open orders and close positions: this worker's and the managed ones, or all of them.
   * Options: {@code CloseAllOptions}.
   */
  CLOSE_ALL("close-all"),
  /**
   * Convert cash held in other currencies back to the account's base currency, above a threshold.
   * Options: {@code CashBalancerOptions}.
   */
  CASH_BALANCER("cash-balancer");

  private final String wireName;
  private final List<String> aliases;

  Intent(String wireName, String... aliases) {
    this.wireName = wireName;
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
  public static String wireNames() {
    return Arrays.stream(values()).map(Intent::wireName).collect(Collectors.joining(", "));
  }
}
