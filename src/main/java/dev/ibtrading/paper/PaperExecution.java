package dev.ibtrading.paper;

import dev.ibtrading.ib.message.CommissionReport;
import dev.ibtrading.ib.message.Execution;
import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.ExecutionFilter;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One simulated execution as the book keeps it for the day's replays (REQ_EXECUTIONS).
 *
 * @param side {@code BOT} or {@code SLD}
 * @param realizedPnl profit of a closing execution net of commission; {@code null} for an opening
 */
record PaperExecution(
    String execId,
    int clientId,
    int orderId,
    long permId,
    WireContract contract,
    Instant time,
    String account,
    String exchange,
    String side,
    BigDecimal shares,
    BigDecimal price,
    BigDecimal cumQty,
    double avgPrice,
    String orderRef,
    BigDecimal commission,
    BigDecimal realizedPnl) {

  ExecutionData toMessage(int reqId) {
    return new ExecutionData(
        reqId,
        contract,
        new Execution(
            orderId,
            execId,
            PaperOrderTimes.ibTime(time),
            account,
            exchange,
            side,
            shares,
            price.doubleValue(),
            permId,
            clientId,
            0,
            cumQty,
            avgPrice,
            orderRef,
            "",
            null,
            "",
            0));
  }

  CommissionReport commissionReport() {
    return new CommissionReport(
        execId,
        commission.doubleValue(),
        "USD",
        realizedPnl == null ? null : realizedPnl.doubleValue(),
        null,
        null);
  }

  /**
   * IB's filter semantics: empty fields and client id 0 match all; sides may be named BUY/SELL or
   * BOT/SLD; {@code since} (already parsed from the filter's time) bounds the time, if present.
   */
  boolean matches(ExecutionFilter filter, Instant since) {
    return (filter.clientId() == 0 || filter.clientId() == clientId)
        && (filter.account().isEmpty() || filter.account().equalsIgnoreCase(account))
        && (filter.symbol().isEmpty() || filter.symbol().equalsIgnoreCase(contract.symbol()))
        && (filter.secType().isEmpty() || filter.secType().equalsIgnoreCase(contract.secType()))
        && (filter.exchange().isEmpty()
            || filter.exchange().equalsIgnoreCase(exchange)
            || filter.exchange().equalsIgnoreCase(contract.exchange()))
        && (filter.side().isEmpty() || sideMatches(filter.side()))
        && (since == null || !time.isBefore(since));
  }

  private boolean sideMatches(String wanted) {
    String normalized =
        switch (wanted.toUpperCase(java.util.Locale.ROOT)) {
          case "BUY", "BOT" -> "BOT";
          case "SELL", "SLD" -> "SLD";
          default -> wanted;
        };
    return normalized.equals(side);
  }
}
