package dev.ibtrading.broker;

import java.util.Map;

/** An order's state, from IB's status strings (one table: {@link #fromIb}). */
public enum OrderStatus {
  /** Sent, not yet acknowledged by the broker (set locally, never sent by IB). */
  PENDING_SUBMIT(false),
  /** Accepted and held: simulated, outside regular hours, or waiting for its time. */
  PRE_SUBMITTED(false),
  /** Working at the destination. */
  SUBMITTED(false),
  /** A cancel was requested and not yet confirmed. */
  PENDING_CANCEL(false),
  /** Completely filled. */
  FILLED(true),
  /** Cancelled or rejected; may have partial fills. */
  CANCELLED(true),
  /** Accepted but not working (rejected for permissions or margin, or a closed market). */
  INACTIVE(true),
  /** A status string this project does not know. */
  UNKNOWN(false);

  private static final Map<String, OrderStatus> IB =
      Map.of(
          "PendingSubmit", PENDING_SUBMIT,
          "ApiPending", PENDING_SUBMIT,
          "PreSubmitted", PRE_SUBMITTED,
          "Submitted", SUBMITTED,
          "PendingCancel", PENDING_CANCEL,
          "Filled", FILLED,
          "Cancelled", CANCELLED,
          "ApiCancelled", CANCELLED,
          "Inactive", INACTIVE);

  private final boolean terminal;

  OrderStatus(boolean terminal) {
    this.terminal = terminal;
  }

  /** True when the order will not change any more. */
  public boolean isTerminal() {
    return terminal;
  }

  public static OrderStatus fromIb(String status) {
    return IB.getOrDefault(status, UNKNOWN);
  }

  /** The string IB uses for this status. */
  public String ibName() {
    return switch (this) {
      case PENDING_SUBMIT -> "PendingSubmit";
      case PRE_SUBMITTED -> "PreSubmitted";
      case SUBMITTED -> "Submitted";
      case PENDING_CANCEL -> "PendingCancel";
      case FILLED -> "Filled";
      case CANCELLED -> "Cancelled";
      case INACTIVE -> "Inactive";
      case UNKNOWN -> "Unknown";
    };
  }
}
