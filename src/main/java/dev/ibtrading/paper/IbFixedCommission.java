package dev.ibtrading.paper;

import java.math.BigDecimal;

/**
 * Interactive Brokers' fixed pricing for US stocks and ETFs: USD 0.005 a share, at least USD 1.00
 * an order, at most 1 % of the trade's value (the cap applies last: 1,000 shares at USD 0.25 cost
 * USD 2.50). Regulatory transaction fees (SEC fee, FINRA trading activity and audit trail fees),
 * which IB passes through on fixed pricing too, are not charged.
 *
 * <p>Source: IB's "Commissions Stocks" page, United States, Fixed column, and its fixed examples
 * (https://www.interactivebrokers.com/en/pricing/commissions-stocks.php, read 2026-12).
 */
final class IbFixedCommission {
  static final BigDecimal PER_SHARE = new BigDecimal("0.005");
  static final BigDecimal MINIMUM = new BigDecimal("1.00");
  static final BigDecimal MAXIMUM_OF_VALUE = new BigDecimal("0.01");

  private IbFixedCommission() {}

  /** The commission of one execution of {@code shares} at {@code price}, in USD. */
  static BigDecimal of(BigDecimal shares, BigDecimal price) {
    BigDecimal commission = shares.multiply(PER_SHARE).max(MINIMUM);
    return commission.min(shares.multiply(price).multiply(MAXIMUM_OF_VALUE));
  }
}
