package dev.ibtrading.outcome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a run ended, as written in the outcome's {@code status} field and attribute. */
public enum OutcomeStatus {
  /** Everything the run set out to do was done. */
  OK("ok"),
  /** Some of it was done; {@code errors} says what was not (e.g. the run's deadline passed). */
  PARTIAL("partial"),
  /** Nothing useful was done because of an error at run time (e.g. the broker refused). */
  FAILED("failed"),
  /** The trigger can never succeed (bad data, unknown intent or strategy); it is acknowledged. */
  REJECTED("rejected"),
  /** The run chose to do nothing (e.g. the market is closed today). */
  SKIPPED("skipped"),
  /** A repeated delivery of a run that already ran; nothing was done again. */
  DUPLICATE("duplicate");

  private final String wireName;

  OutcomeStatus(String wireName) {
    this.wireName = wireName;
  }

  /** The name in JSON and in the {@code status} attribute. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /**
   * The status with this wire name.
   *
   * @throws IllegalArgumentException for any other string
   */
  @JsonCreator
  public static OutcomeStatus fromWireName(String wireName) {
    for (OutcomeStatus status : values()) {
      if (status.wireName.equals(wireName)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "outcome status: "
            + wireName
            + " (expected: ok, partial, failed, rejected, skipped or"
            + " duplicate)");
  }
}
