package dev.ibtrading.ib.message;

/**
 * IB's names of the account summary values this project uses (§3.2), for {@link
 * RequestAccountSummary} and {@link AccountSummary}.
 */
public final class AccountSummaryTags {
  public static final String NET_LIQUIDATION = "NetLiquidation";
  public static final String TOTAL_CASH_VALUE = "TotalCashValue";
  public static final String EQUITY_WITH_LOAN_VALUE = "EquityWithLoanValue";

  /**
   * Equity with loan value as of 16:00 ET the previous day. IB's tag, as listed in its
   * AccountSummaryTags
   * (interactivebrokers.github.io/tws-api/classIBApi_1_1AccountSummaryTags.html);
   * "PreviousEquityWithLoanValue", as some third-party lists spell it, is no tag: a gateway sends
   * no row for it.
   */
  public static final String PREVIOUS_DAY_EQUITY_WITH_LOAN_VALUE = "PreviousDayEquityWithLoanValue";

  public static final String GROSS_POSITION_VALUE = "GrossPositionValue";
  public static final String MAINT_MARGIN_REQ = "MaintMarginReq";
  public static final String EXCESS_LIQUIDITY = "ExcessLiquidity";
  public static final String CUSHION = "Cushion";
  public static final String BUYING_POWER = "BuyingPower";

  private AccountSummaryTags() {}
}
