package dev.ibtrading.paper;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the paper gateway charges an execution of a US stock or ETF. */
public enum CommissionSchedule {
  /**
   * {@link PaperGatewayConfig#commissionPerShare()} a share, at least {@link
   * PaperGatewayConfig#minCommission()} an execution: the paper gateway's own simple schedule.
   */
  PER_SHARE("per-share"),
  /** {@link IbFixedCommission}. */
  IB_FIXED("ib-fixed"),
  /** {@link IbTieredCommission}, its volume tiers counted per calendar month by this gateway. */
  IB_TIERED("ib-tiered");

  private final String wireName;

  CommissionSchedule(String wireName) {
    this.wireName = wireName;
  }

  /** The name settings and command lines use: {@code per-share}, {@code ib-fixed}, ... */
  public String wireName() {
    return wireName;
  }

  public static Optional<CommissionSchedule> byName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
  }

  /**
   * The commission of one execution, in USD.
   *
   * @param sharesThisMonth shares this gateway executed earlier in the same calendar month (New
   *     York), for the tiers
   */
  BigDecimal charge(
      BigDecimal shares, BigDecimal price, BigDecimal sharesThisMonth, PaperGatewayConfig config) {
    return switch (this) {
      case PER_SHARE ->
          shares
              .multiply(BigDecimal.valueOf(config.commissionPerShare()))
              .max(BigDecimal.valueOf(config.minCommission()));
      case IB_FIXED -> IbFixedCommission.of(shares, price);
      case IB_TIERED -> IbTieredCommission.of(shares, price, sharesThisMonth);
    };
  }

  /** One sentence for a report: the rates, and what is and is not included. */
  public String description(PaperGatewayConfig config) {
    return switch (this) {
      case PER_SHARE ->
          String.format(
              Locale.ROOT,
              "USD %s a share, at least USD %.2f an execution",
              BigDecimal.valueOf(config.commissionPerShare()).stripTrailingZeros().toPlainString(),
              config.minCommission());
      case IB_FIXED ->
          "IB fixed: USD 0.005 a share, at least USD 1.00, at most 1 % of the trade value;"
              + " regulatory transaction fees not included";
      case IB_TIERED ->
          "IB tiered: USD 0.0035 to 0.0005 a share by monthly volume, at least USD 0.35, at most"
              + " 1 % of the trade value, plus clearing (USD 0.0002 a share) and NYSE and FINRA"
              + " pass-through fees; exchange and regulatory transaction fees not included";
    };
  }
}
