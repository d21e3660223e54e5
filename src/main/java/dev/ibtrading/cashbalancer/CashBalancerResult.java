package dev.ibtrading.cashbalancer;

import dev.ibtrading.broker.CashBalance;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a cash-balancer run decided and did: the {@code result} of a {@code cash-balancer} outcome.
 *
 * @param baseCurrency the account's base currency, which the other currencies are converted to
 * @param dryRun true when the conversions were decided but not placed
 * @param maxConversion the most one run converts, in the base currency ({@code
 *     cash-balancer.max-conversion})
 * @param balancesBefore every currency's cash when the run started, base currency included
 * @param conversions one currency conversion per currency above its threshold, placed or not
 *     (errors and warnings say why not)
 * @param leftAlone currencies with cash that get no conversion, and why
 * @param orders the conversion orders placed, as last reported with their fills (the average fill
 *     price is the rate obtained); or those of an earlier attempt of this run found at the broker
 * @param executions today's executions of an earlier attempt of this run (a redelivery after a
 *     restart reports them instead of converting again)
 * @param balancesAfter every currency's cash when the run ended; null when the run placed nothing
 *     or they could not be read
 */
public record CashBalancerResult(
    String baseCurrency,
    boolean dryRun,
    BigDecimal maxConversion,
    List<Balance> balancesBefore,
    List<Conversion> conversions,
    List<LeftAlone> leftAlone,
    List<ReportedOrder> orders,
    List<ReportedExecution> executions,
    List<Balance> balancesAfter) {

  public CashBalancerResult {
    Objects.requireNonNull(baseCurrency, "baseCurrency");
    balancesBefore = balancesBefore == null ? List.of() : List.copyOf(balancesBefore);
    conversions = conversions == null ? List.of() : List.copyOf(conversions);
    leftAlone = leftAlone == null ? List.of() : List.copyOf(leftAlone);
    orders = orders == null ? List.of() : List.copyOf(orders);
    executions = executions == null ? List.of() : List.copyOf(executions);
    balancesAfter = balancesAfter == null ? null : List.copyOf(balancesAfter);
  }

  /**
   * One currency's cash as the broker reported it.
   *
   * @param exchangeRate the broker's rate: base currency per unit of {@code currency}
   * @param inBaseCurrency {@code balance * exchangeRate}
   */
  public record Balance(
      String currency, BigDecimal balance, BigDecimal exchangeRate, BigDecimal inBaseCurrency) {
    static Balance of(CashBalance cash) {
      return new Balance(
          cash.currency(), cash.balance(), cash.exchangeRate(), cash.inBaseCurrency());
    }

    static List<Balance> of(List<CashBalance> cash) {
      return cash.stream().map(Balance::of).toList();
    }
  }

  /**
   * The market order that brings one currency's cash back to the base currency.
   *
   * @param currency the currency converted from (to, for a negative balance)
   * @param pair the contract as IB names it, e.g. {@code EUR.USD} (CASH on IDEALPRO)
   * @param side BUY or SELL of the pair's base currency: selling EUR.USD turns euros into dollars
   * @param quantity units of the pair's base currency, after lots and the cap
   * @param wantedQuantity units of the pair's base currency the whole balance comes to, before lots
   *     and the cap
   * @param referencePrice the pair's price the run decided at (quote currency per unit of the
   *     pair's base), from the broker's rate
   * @param valueInBaseCurrency what {@code quantity} is worth in the base currency at that rate
   * @param threshold the threshold the balance was above, in the base currency
   * @param remainder the cash of {@code currency} expected to be left once it filled at that rate
   * @param cap {@code max-conversion} when the cap made it smaller, else null
   */
  public record Conversion(
      String currency,
      String pair,
      OrderSide side,
      BigDecimal quantity,
      BigDecimal wantedQuantity,
      BigDecimal referencePrice,
      BigDecimal valueInBaseCurrency,
      BigDecimal threshold,
      BigDecimal remainder,
      String cap) {
    public Conversion {
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(pair, "pair");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(quantity, "quantity");
    }
  }

  /**
   * A currency whose cash the run does not convert.
   *
   * @param reason {@code below-threshold} (its value in the base currency is within the threshold),
   *     {@code below-lot} (above the threshold but less than one lot of the pair), {@code
   *     cap-reached} ({@code max-conversion} used up by larger balances), {@code unknown-pair} (no
   *     pair of it and the base currency is known), {@code no-rate} (the broker gave no positive
   *     rate)
   */
  public record LeftAlone(
      String currency,
      BigDecimal balance,
      BigDecimal inBaseCurrency,
      BigDecimal threshold,
      String reason) {
    public LeftAlone {
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
