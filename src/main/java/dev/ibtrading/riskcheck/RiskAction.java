package dev.ibtrading.riskcheck;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a risk check does about a breached limit, weakest first. Each action includes the weaker
 * ones: when several breaches ask for actions, the strongest is taken, once.
 */
public enum RiskAction {
  /** Measure and report; change nothing (the default). */
  REPORT("report"),
  /** Cancel this worker's open orders in managed instruments. */
  CANCEL_OPEN_ORDERS("cancel-open-orders"),
  /** Cancel as above, then trade managed positions back inside the breached limits. */
  REDUCE("reduce"),
  /** Cancel as above, then close every managed position. */
  FLATTEN("flatten");

  private final String wireName;

  RiskAction(String wireName) {
    this.wireName = wireName;
  }

  /** The name in settings and outcomes, e.g. {@code cancel-open-orders}. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** True when this action cancels or places orders. */
  public boolean trades() {
    return this != REPORT;
  }

  /** The stronger of the two. */
  public RiskAction max(RiskAction other) {
    return other != null && other.compareTo(this) > 0 ? other : this;
  }
}
