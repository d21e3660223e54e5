package dev.ibtrading.replay.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One execution as the report lists it.
 *
 * @param time when it executed
 * @param date its trading day (New York), the close whose figures it counts in
 * @param symbol what was traded
 * @param buy true for a buy, false for a sell
 * @param quantity shares, positive
 * @param price per share, in USD
 * @param commission in USD, zero or positive
 * @param runKey the run that placed the order (its {@code orderRef})
 */
public record Trade(
    Instant time,
    LocalDate date,
    String symbol,
    boolean buy,
    double quantity,
    double price,
    double commission,
    String runKey) {

  /** Shares with their sign: positive bought, negative sold. */
  public double signedQuantity() {
    return buy ? quantity : -quantity;
  }

  /** Quantity times price, in USD. */
  public double value() {
    return quantity * price;
  }
}
