package dev.ibtrading.plan;

import java.math.BigDecimal;

/**
 * The value of a cap setting that has a default: a positive number, or {@code none} for no cap. "No
 * cap" is never the absence of a setting (that is the default cap) but the word {@code none}, so
 * that an uncapped account is always one somebody chose.
 *
 * @param value the cap, positive; null for {@code none}
 */
public record CapSetting(BigDecimal value) {
  public static final CapSetting NONE = new CapSetting(null);
  private static final String NONE_WORD = "none";

  public CapSetting {
    if (value != null && value.signum() <= 0) {
      throw new IllegalArgumentException(
          "cap " + value.toPlainString() + " (expected: a number > 0, or none for no cap)");
    }
  }

  /**
   * Reads a setting: {@code none} (any case) or a number above 0. Spring's binder converts {@code
   * allocation.*} strings with this method.
   */
  public static CapSetting valueOf(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.equalsIgnoreCase(NONE_WORD)) {
      return NONE;
    }
    try {
      return new CapSetting(new BigDecimal(trimmed));
    } catch (NumberFormatException e) {
      // Not chained: the number parser's message would hide this one as the root cause.
      throw new IllegalArgumentException(
          "cap '" + trimmed + "' (expected: a number > 0, or none for no cap)");
    }
  }

  /** {@code value}, or null for none; for settings that take a plain number. */
  public static CapSetting ofNullable(BigDecimal value) {
    return value == null ? NONE : new CapSetting(value);
  }

  public boolean isNone() {
    return value == null;
  }

  /** As it is written in a setting: the number, or {@code none}. */
  @Override
  public String toString() {
    return value == null ? NONE_WORD : value.toPlainString();
  }
}
