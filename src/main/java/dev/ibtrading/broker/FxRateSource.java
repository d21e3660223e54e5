package dev.ibtrading.broker;

/** Where an {@link FxRate} came from. */
public enum FxRateSource {
  /** No conversion: the two currencies are the same. */
  SAME_CURRENCY,
  /**
   * The gateway's market data for the currency pair (a {@code CASH} contract on IDEALPRO): the
   * bid-ask midpoint of a snapshot quote, as fresh as the quote.
   */
  MARKET_DATA,
  /**
   * The account's {@code ExchangeRate} value for the currency (account updates and the account
   * summary's ledger): IB's rate to the base currency, refreshed with the account values (every few
   * minutes), so older than a quote.
   */
  ACCOUNT_VALUES
}
