package dev.ibtrading.ib.message;

/**
 * Which executions REQ_EXECUTIONS asks for (§3.11). Empty strings and client id 0 match all.
 *
 * @param time executions at or after this time, {@code yyyyMMdd-HH:mm:ss}; empty for all of today
 * @param side {@code BUY} or {@code SELL}; empty for both
 */
public record ExecutionFilter(
    int clientId,
    String account,
    String time,
    String symbol,
    String secType,
    String exchange,
    String side) {

  public ExecutionFilter {
    account = orEmpty(account);
    time = orEmpty(time);
    symbol = orEmpty(symbol);
    secType = orEmpty(secType);
    exchange = orEmpty(exchange);
    side = orEmpty(side);
  }

  /** Every execution of the day. */
  public static ExecutionFilter all() {
    return new ExecutionFilter(0, "", "", "", "", "", "");
  }

  /** Every execution of the day in one account. */
  public static ExecutionFilter account(String account) {
    return new ExecutionFilter(0, account, "", "", "", "", "");
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
