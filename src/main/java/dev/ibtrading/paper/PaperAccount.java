package dev.ibtrading.paper;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The simulated account's books: cash and positions with their average cost, changed only by fills.
 * Money is {@link BigDecimal} so that a long paper run does not drift by rounding.
 *
 * <p>Average cost follows IB's convention for stocks: the average price paid per share including
 * commission, for longs; the average price received net of commission, for shorts. Reducing a
 * position realizes profit and leaves the average cost alone; crossing through zero closes the old
 * position and opens the rest at the fill price.
 */
public final class PaperAccount {
  private static final MathContext MC = MathContext.DECIMAL64;

  private final String accountId;
  private BigDecimal cash;
  private BigDecimal realizedPnl = BigDecimal.ZERO;
  private final Map<String, Holding> holdings = new TreeMap<>();

  /** One position. {@code quantity} is signed: negative is short. */
  public record Holding(String symbol, int conId, BigDecimal quantity, BigDecimal averageCost) {}

  /** The account as saved to and restored from a state file. */
  public record State(
      String accountId, BigDecimal cash, BigDecimal realizedPnl, List<Holding> holdings) {}

  public PaperAccount(String accountId, double startingCash) {
    this.accountId = accountId;
    this.cash = BigDecimal.valueOf(startingCash);
  }

  public String accountId() {
    return accountId;
  }

  public synchronized BigDecimal cash() {
    return cash;
  }

  public synchronized BigDecimal realizedPnl() {
    return realizedPnl;
  }

  public synchronized List<Holding> holdings() {
    return List.copyOf(holdings.values());
  }

  public synchronized Optional<Holding> holding(String symbol) {
    return Optional.ofNullable(holdings.get(symbol));
  }

  /**
   * Books one execution.
   *
   * @param signedQuantity shares bought (positive) or sold (negative)
   * @param price execution price per share
   * @param commission commission charged for this execution, positive
   * @return the profit realized by this execution, commission included, when it reduced a position;
   *     zero when it only opened or added
   */
  public synchronized BigDecimal applyFill(
      String symbol,
      int conId,
      BigDecimal signedQuantity,
      BigDecimal price,
      BigDecimal commission) {
    if (signedQuantity.signum() == 0) {
      throw new IllegalArgumentException("a fill of 0 shares of " + symbol);
    }
    cash = cash.subtract(signedQuantity.multiply(price, MC), MC).subtract(commission, MC);

    Holding before = holdings.get(symbol);
    BigDecimal held = before == null ? BigDecimal.ZERO : before.quantity();
    BigDecimal average = before == null ? BigDecimal.ZERO : before.averageCost();
    BigDecimal after = held.add(signedQuantity);
    BigDecimal realized = BigDecimal.ZERO;

    if (held.signum() == 0 || held.signum() == signedQuantity.signum()) {
      // Opening or adding: commission goes into the average cost (up for longs, down for shorts).
      BigDecimal costOfNew =
          signedQuantity
              .abs()
              .multiply(price, MC)
              .add(commission.multiply(sign(signedQuantity)), MC);
      average = held.abs().multiply(average, MC).add(costOfNew, MC).divide(after.abs(), MC);
    } else {
      BigDecimal closed = signedQuantity.abs().min(held.abs());
      BigDecimal perShare = price.subtract(average, MC).multiply(sign(held));
      BigDecimal closingCommission =
          commission.multiply(closed, MC).divide(signedQuantity.abs(), MC);
      realized = perShare.multiply(closed, MC).subtract(closingCommission, MC);
      if (after.signum() != 0 && after.signum() != held.signum()) {
        // Crossed zero: the remainder opens a new position at this fill.
        BigDecimal opened = after.abs();
        BigDecimal openingCommission = commission.subtract(closingCommission, MC);
        average =
            opened
                .multiply(price, MC)
                .add(openingCommission.multiply(sign(after)), MC)
                .divide(opened, MC);
      }
    }
    realizedPnl = realizedPnl.add(realized, MC);
    if (after.signum() == 0) {
      holdings.remove(symbol);
    } else {
      holdings.put(symbol, new Holding(symbol, conId, after, average));
    }
    return realized;
  }

  public synchronized State state() {
    return new State(accountId, cash, realizedPnl, new ArrayList<>(holdings.values()));
  }

  /** Replaces the books with a saved state of the same account. */
  public synchronized void restore(State state) {
    if (!state.accountId().equals(accountId)) {
      throw new IllegalArgumentException(
          "state of account " + state.accountId() + " (expected: " + accountId + ")");
    }
    cash = state.cash();
    realizedPnl = state.realizedPnl();
    holdings.clear();
    for (Holding h : state.holdings()) {
      holdings.put(h.symbol(), h);
    }
  }

  private static BigDecimal sign(BigDecimal value) {
    return BigDecimal.valueOf(value.signum());
  }
}
