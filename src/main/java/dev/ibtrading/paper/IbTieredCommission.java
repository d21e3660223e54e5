package dev.ibtrading.paper;

import java.math.BigDecimal;

/**
 * Interactive Brokers' tiered pricing for US stocks and ETFs: a rate a share by the month's volume
 * so far, applied at the margin (an order that crosses a tier pays each tier's rate for its shares
 * in it), at least USD 0.35 and at most 1 % of the trade's value; plus the NSCC/DTC clearing fee of
 * USD 0.0002 a share and the NYSE (0.000175) and FINRA (0.000563) pass-through fees on the
 * commission. Not charged: exchange fees and rebates (they depend on the venue and on adding or
 * removing liquidity) and regulatory transaction fees (SEC fee, FINRA trading activity and audit
 * trail fees).
 *
 * <p>Sources: IB's "Commissions Stocks" page, United States, Tiered column, clearing and
 * pass-through fees (https://www.interactivebrokers.com/en/pricing/commissions-stocks.php, read
 * 2026-12); IB's "Stock and ETF Fixed vs. Tiered Pricing Comparison Examples" (f=713), whose
 * 30,000,000-share example prices the tiers at the margin within one order.
 */
final class IbTieredCommission {
  /** Monthly volume up to which each rate applies (shares), and the rate beyond the last. */
  private static final long[] TIER_ENDS = {300_000, 3_000_000, 20_000_000, 100_000_000};

  private static final BigDecimal[] RATES = {
    new BigDecimal("0.0035"),
    new BigDecimal("0.0020"),
    new BigDecimal("0.0015"),
    new BigDecimal("0.0010"),
    new BigDecimal("0.0005")
  };
  static final BigDecimal MINIMUM = new BigDecimal("0.35");
  static final BigDecimal MAXIMUM_OF_VALUE = new BigDecimal("0.01");
  static final BigDecimal CLEARING_PER_SHARE = new BigDecimal("0.00020");
  static final BigDecimal NYSE_PASS_THROUGH = new BigDecimal("0.000175");
  static final BigDecimal FINRA_PASS_THROUGH = new BigDecimal("0.000563");

  private IbTieredCommission() {}

  /**
   * What one execution costs, in USD: {@link #commission} plus clearing and pass-through fees.
   *
   * @param sharesThisMonth shares traded earlier in the same calendar month
   */
  static BigDecimal of(BigDecimal shares, BigDecimal price, BigDecimal sharesThisMonth) {
    BigDecimal commission = commission(shares, price, sharesThisMonth);
    return commission.add(shares.multiply(CLEARING_PER_SHARE)).add(passThrough(commission));
  }

  /** IB's own commission: the tiers at the margin, then the minimum, then the 1 % cap. */
  static BigDecimal commission(BigDecimal shares, BigDecimal price, BigDecimal sharesThisMonth) {
    BigDecimal commission = BigDecimal.ZERO;
    BigDecimal done = sharesThisMonth;
    BigDecimal end = sharesThisMonth.add(shares);
    for (int tier = 0; tier < RATES.length && done.compareTo(end) < 0; tier++) {
      BigDecimal tierEnd = tier < TIER_ENDS.length ? BigDecimal.valueOf(TIER_ENDS[tier]) : end;
      if (done.compareTo(tierEnd) >= 0) {
        continue;
      }
      BigDecimal inTier = end.min(tierEnd).subtract(done);
      commission = commission.add(inTier.multiply(RATES[tier]));
      done = done.add(inTier);
    }
    return commission.max(MINIMUM).min(shares.multiply(price).multiply(MAXIMUM_OF_VALUE));
  }

  /** NYSE and FINRA pass-through fees on a commission. */
  static BigDecimal passThrough(BigDecimal commission) {
    return commission.multiply(NYSE_PASS_THROUGH.add(FINRA_PASS_THROUGH));
  }
}
