package dev.ibtrading.replay.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Round trips of a list of trades, per symbol, flat to flat: a round trip opens when a position
 * leaves zero and closes when it is back at zero; an execution that crosses zero closes one and
 * opens the next with the rest of its shares, its commission split by shares. Its profit is what it
 * received minus what it paid minus all its commissions. A position still open at the end is no
 * round trip. (QuantConnect's trade statistics call this grouping flat to flat.)
 *
 * @param profits the profit of each closed round trip, in USD, in the order they closed
 */
public record RoundTrips(List<Double> profits) {
  private static final double FLAT = 1e-9;

  public static RoundTrips of(List<Trade> trades) {
    Map<String, Open> open = new HashMap<>();
    List<Double> profits = new ArrayList<>();
    for (Trade trade : trades) {
      double signed = trade.signedQuantity();
      Open position = open.computeIfAbsent(trade.symbol(), s -> new Open());
      boolean reduces = position.quantity * signed < 0;
      double closing = reduces ? Math.min(Math.abs(signed), Math.abs(position.quantity)) : 0;
      double share = closing / Math.abs(signed);
      if (reduces) {
        double part = Math.signum(signed) * closing;
        position.add(part, trade.price(), trade.commission() * share);
        if (Math.abs(position.quantity) < FLAT) {
          profits.add(position.cash);
          open.put(trade.symbol(), position = new Open());
        }
      }
      double rest = signed - Math.signum(signed) * closing;
      if (Math.abs(rest) > FLAT) {
        position.add(rest, trade.price(), trade.commission() * (1 - share));
      }
    }
    return new RoundTrips(List.copyOf(profits));
  }

  /** Closed round trips with a profit above zero. */
  public int winners() {
    return (int) profits.stream().filter(p -> p > 0).count();
  }

  /** Winners / closed round trips; NaN without a closed round trip. */
  public double winRate() {
    return profits.isEmpty() ? Double.NaN : (double) winners() / profits.size();
  }

  private static final class Open {
    double quantity;
    double cash;

    void add(double signedQuantity, double price, double commission) {
      quantity += signedQuantity;
      cash += -signedQuantity * price - commission;
    }
  }
}
