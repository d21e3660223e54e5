package dev.ibtrading.cashbalancer;

import dev.ibtrading.broker.CashBalance;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.CurrencyPairs;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.cashbalancer.CashBalancerResult.Conversion;
import dev.ibtrading.cashbalancer.CashBalancerResult.LeftAlone;
import dev.ibtrading.orders.OrderLine;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides the conversions of one run from the broker's cash balances and rates: for each currency
 * other than the base whose cash is worth more than its threshold in the base currency (either way:
 * a debit is covered by buying the currency), one market order in the pair IB names ({@link
 * CurrencyPairs}), its quantity in units of the pair's base currency: a real gateway's EUR.USD
 * execution is "BOT 1000" at 1.08735, i.e. 1,000 euros at dollars per euro
 * (nautechsystems/nautilus_trader@37a2fb67 test resource execution_details_1.txt, in {@code
 * src/test/resources/tws/real-frames/nautilus-trader.json}). IB's {@code cashQty} would size an
 * order in the pair's second currency instead ("Forex orders can be placed in denomination of
 * second currency in pair using cashQty field", IB's OrderSamples LimitOrderWithCashQty, as ported
 * at docs.rs/twsapi/0.1.0 examples::order_samples); it is not used, so one quantity field means the
 * same on every order. The largest balances go first, under {@code max-conversion}.
 *
 * <p>Examples, base currency USD: 5,000 EUR at 1.08 is SELL 5,000 EUR.USD (euros are the pair's
 * base); 800,000 JPY at 0.0067 is BUY 5,000 USD.JPY (yen are the pair's quote: 5,360 USD worth, in
 * lots of 1,000 USD). The original's test vector, base CHF: 3,456 USD at 2.0 with threshold 2,000
 * is SELL 3,000 USD.CHF.
 */
final class ConversionPlanner {
  private static final MathContext MC = MathContext.DECIMAL64;

  /** The orders to place, the same as the outcome reports them, and the currencies left alone. */
  record Plan(List<OrderLine> lines, List<Conversion> conversions, List<LeftAlone> leftAlone) {}

  private final CashBalancerSettings settings;

  ConversionPlanner(CashBalancerSettings settings) {
    this.settings = settings;
  }

  Plan plan(String baseCurrency, List<CashBalance> balances) {
    List<OrderLine> lines = new ArrayList<>();
    List<Conversion> conversions = new ArrayList<>();
    List<LeftAlone> leftAlone = new ArrayList<>();
    List<CashBalance> candidates = new ArrayList<>();
    for (CashBalance cash : balances) {
      if (cash.currency().equals(baseCurrency) || cash.balance().signum() == 0) {
        continue;
      }
      BigDecimal threshold = settings.thresholdOf(cash.currency());
      if (cash.exchangeRate().signum() <= 0) {
        leftAlone.add(left(cash, threshold, "no-rate"));
      } else if (cash.inBaseCurrency().abs().compareTo(threshold) <= 0) {
        leftAlone.add(left(cash, threshold, "below-threshold"));
      } else if (CurrencyPairs.of(cash.currency(), baseCurrency).isEmpty()) {
        leftAlone.add(left(cash, threshold, "unknown-pair"));
      } else {
        candidates.add(cash);
      }
    }
    candidates.sort(Comparator.comparing((CashBalance c) -> c.inBaseCurrency().abs()).reversed());
    BigDecimal capLeft = settings.maxConversion();
    for (CashBalance cash : candidates) {
      BigDecimal threshold = settings.thresholdOf(cash.currency());
      Contract pair = CurrencyPairs.of(cash.currency(), baseCurrency).orElseThrow();
      // The pair's base is the held currency (EUR.USD for euros) or the account's base (USD.JPY
      // for yen); quantities are in the pair's base, prices in its quote per unit of its base.
      boolean heldIsPairBase = pair.symbol().equals(cash.currency());
      BigDecimal rate = cash.exchangeRate();
      BigDecimal price = heldIsPairBase ? rate : BigDecimal.ONE.divide(rate, MC);
      BigDecimal baseValuePerUnit = heldIsPairBase ? rate : BigDecimal.ONE;
      BigDecimal wanted = heldIsPairBase ? cash.balance().abs() : cash.inBaseCurrency().abs();
      BigDecimal inLots = lots(wanted);
      if (inLots.signum() == 0) {
        leftAlone.add(left(cash, threshold, "below-lot"));
        continue;
      }
      BigDecimal quantity = inLots.min(lots(capLeft.divide(baseValuePerUnit, MC)));
      if (quantity.signum() == 0) {
        leftAlone.add(left(cash, threshold, "cap-reached"));
        continue;
      }
      String cap = quantity.compareTo(inLots) < 0 ? "max-conversion" : null;
      BigDecimal value = quantity.multiply(baseValuePerUnit);
      capLeft = capLeft.subtract(value);
      boolean sellHeld = cash.balance().signum() > 0;
      OrderSide side = sellHeld == heldIsPairBase ? OrderSide.SELL : OrderSide.BUY;
      BigDecimal heldUnits = heldIsPairBase ? quantity : quantity.multiply(price);
      BigDecimal remainder = cash.balance().subtract(heldUnits.multiply(sign(cash.balance())));
      lines.add(new OrderLine(pair, side, quantity, wanted, price, cap));
      conversions.add(
          new Conversion(
              cash.currency(),
              pair.longName(),
              side,
              quantity,
              wanted,
              price.round(MC).stripTrailingZeros(),
              value.setScale(2, RoundingMode.HALF_EVEN),
              threshold,
              remainder.setScale(2, RoundingMode.HALF_EVEN),
              cap));
    }
    return new Plan(lines, conversions, leftAlone);
  }

  /** Whole lots of {@code units}, rounded down: a conversion never exceeds what is held. */
  private BigDecimal lots(BigDecimal units) {
    BigDecimal lot = settings.lotSize();
    return units.divide(lot, 0, RoundingMode.FLOOR).multiply(lot).max(BigDecimal.ZERO);
  }

  private static LeftAlone left(CashBalance cash, BigDecimal threshold, String reason) {
    return new LeftAlone(
        cash.currency(),
        cash.balance(),
        cash.inBaseCurrency().setScale(2, RoundingMode.HALF_EVEN),
        threshold,
        reason);
  }

  private static BigDecimal sign(BigDecimal value) {
    return BigDecimal.valueOf(value.signum());
  }
}
