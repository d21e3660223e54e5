package dev.ibtrading.orders;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The codes of the problems this package reports that mean an order or a cancel is still under way
 * rather than refused: an answer lost ({@code order-unconfirmed}, {@code cancel-unconfirmed}), an
 * order not sent after one ({@code not-placed}) or for want of time ({@code deadline-passed}), an
 * order still working ({@code order-working}, {@code order-still-open} after its cancel) or ended
 * unfilled without an error ({@code order-ended-unfilled}). A trading run with only such errors is
 * {@code partial}; every other code of this package ({@code order-refused}, {@code order-rejected},
 * {@code cancel-refused}) fails it (see {@code run.TradedStatus}).
 */
public final class NotDoneYet {
  private NotDoneYet() {}

  private static final Set<String> ORDER_CODES =
      Set.of(
          "order-unconfirmed",
          "not-placed",
          "deadline-passed",
          "order-working",
          "order-ended-unfilled",
          "cancel-unconfirmed",
          "order-still-open");

  /** This package's codes that are not done yet, and an intent's own ({@code more}). */
  public static Set<String> orderCodesAnd(String... more) {
    Set<String> codes = new HashSet<>(ORDER_CODES);
    codes.addAll(List.of(more));
    return Set.copyOf(codes);
  }
}
