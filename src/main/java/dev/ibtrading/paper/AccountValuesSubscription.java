package dev.ibtrading.paper;

import dev.ibtrading.ib.message.PortfolioValue;
import dev.ibtrading.ib.message.ServerMessage;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One session's subscription to account values ({@link AccountUpdates}): what it was sent last, so
 * that pushes carry only what changed. Everything for one subscription is sent under its lock, so a
 * push never interleaves with the first batch.
 */
final class AccountValuesSubscription {
  private final PaperSession session;
  private final boolean ledgerAndNetLiquidationOnly;
  private final Function<PaperAccountValues.Value, ServerMessage> row;
  private final Supplier<ServerMessage> updateTime;
  private final boolean withPortfolio;
  private final Map<List<String>, String> sentValues = new HashMap<>();
  private final Map<String, PortfolioValue> sentPortfolio = new HashMap<>();

  /**
   * @param row the message for one value (ACCT_VALUE or ACCOUNT_UPDATE_MULTI)
   * @param updateTime the ACCT_UPDATE_TIME after each batch, or {@code null} for none
   * @param withPortfolio whether positions are sent as PORTFOLIO_VALUE
   */
  AccountValuesSubscription(
      PaperSession session,
      boolean ledgerAndNetLiquidationOnly,
      Function<PaperAccountValues.Value, ServerMessage> row,
      Supplier<ServerMessage> updateTime,
      boolean withPortfolio) {
    this.session = session;
    this.ledgerAndNetLiquidationOnly = ledgerAndNetLiquidationOnly;
    this.row = row;
    this.updateTime = updateTime;
    this.withPortfolio = withPortfolio;
  }

  boolean isOpen() {
    return session.isOpen();
  }

  /** The first batch: every value, every position, the time, then {@code end}. */
  synchronized void sendAll(PaperAccountValues now, ServerMessage end) {
    for (PaperAccountValues.Value value : selected(now)) {
      send(value);
    }
    if (withPortfolio) {
      now.portfolio().forEach(this::send);
    }
    if (updateTime != null) {
      session.send(updateTime.get());
    }
    session.send(end);
  }

  /**
   * The values that changed since last sent; the portfolio values that changed, and the one of
   * {@code changedSymbol} with quantity 0 when a fill closed it; the time if anything was sent.
   */
  synchronized void pushChanges(PaperAccountValues now, String changedSymbol) {
    boolean sent = false;
    for (PaperAccountValues.Value value : selected(now)) {
      if (!value.value().equals(sentValues.get(key(value)))) {
        send(value);
        sent = true;
      }
    }
    if (withPortfolio) {
      for (PortfolioValue position : now.portfolio()) {
        if (!position.equals(sentPortfolio.get(position.contract().symbol()))) {
          send(position);
          sent = true;
        }
      }
      PortfolioValue before = changedSymbol == null ? null : sentPortfolio.get(changedSymbol);
      boolean closed =
          before != null
              && now.portfolio().stream()
                  .noneMatch(p -> p.contract().symbol().equals(changedSymbol));
      if (closed) {
        send(closedPosition(before));
        sentPortfolio.remove(changedSymbol);
        sent = true;
      }
    }
    if (sent && updateTime != null) {
      session.send(updateTime.get());
    }
  }

  private List<PaperAccountValues.Value> selected(PaperAccountValues now) {
    return ledgerAndNetLiquidationOnly ? now.ledgerAndNetLiquidation() : now.values();
  }

  private void send(PaperAccountValues.Value value) {
    session.send(row.apply(value));
    sentValues.put(key(value), value.value());
  }

  private void send(PortfolioValue position) {
    session.send(position);
    sentPortfolio.put(position.contract().symbol(), position);
  }

  private static List<String> key(PaperAccountValues.Value value) {
    return List.of(value.key(), value.currency());
  }

  /** A position a fill closed: quantity and values 0, its realized profit left to the ledger. */
  private static PortfolioValue closedPosition(PortfolioValue before) {
    return new PortfolioValue(
        before.contract(), BigDecimal.ZERO, before.marketPrice(), 0, 0, 0, 0, before.account());
  }
}
