package dev.ibtrading.ib.message;

/**
 * IB's names of the account summary values this project uses (§3.2), for {@link
 * RequestAccountSummary} and {@link AccountSummary}.
 */
public final class AccountSummaryTags {
  public static final String NET_LIQUIDATION = "NetLiquidation";
  public static final String TOTAL_CASH_VALUE = "TotalCashValue";
  public static final String EQUITY_WITH_LOAN_VALUE = "EquityWithLoanValue";
  public static final String PREVIOUS_EQUITY_WITH_LOAN_VALUE = "PreviousEquityWithLoanValue";
  public static final String GROSS_POSITION_VALUE = "GrossPositionValue";
  public static final String MAINT_MARGIN_REQ = "MaintMarginReq";
  public static final String EXCESS_LIQUIDITY = "ExcessLiquidity";
  public static final String CUSHION = "Cushion";
  public static final String BUYING_POWER = "BuyingPower";

  private AccountSummaryTags() {}
}
