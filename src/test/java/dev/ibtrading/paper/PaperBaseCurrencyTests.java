package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.ib.FxPair;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A paper account based in Swiss francs: US stocks settle in dollars, every account value is in
 * francs at the FX model's rate, and the ledger has a row set per currency.
 */
class PaperBaseCurrencyTests {
  private static final Instant FRIDAY_10_NY = Instant.parse("2025-01-03T15:00:00Z");

  private final PaperGatewayConfig config =
      PaperGatewayConfig.forTests().toBuilder().currency("CHF").build();
  private final PaperMarket market = new PaperMarket(config, PaperClock.fixedAt(FRIDAY_10_NY));
  private final PaperAccount account = new PaperAccount("DU1", 100_000, "CHF");

  @Test
  void aDollarStockIsPaidInDollarsAndValuedInFrancs() {
    account.applyFill("SPY", 756733, bd("10"), bd("500"), BigDecimal.ONE);
    BigDecimal rate = market.fxRate("USD", "CHF");
    BigDecimal last = BigDecimal.valueOf(market.lastPrice("SPY"));

    assertThat(account.cash("CHF")).isEqualByComparingTo("100000");
    assertThat(account.cash("USD")).isEqualByComparingTo("-5001");
    Map<String, String> values = PaperAccountSummary.compute(account, market);
    BigDecimal cash = bd("100000").subtract(bd("5001").multiply(rate));
    assertThat(values.get("TotalCashValue")).isEqualTo(money(cash));
    assertThat(values.get("NetLiquidation"))
        .isEqualTo(money(cash.add(bd("10").multiply(last).multiply(rate))));
    assertThat(values.get("GrossPositionValue"))
        .isEqualTo(money(bd("10").multiply(last).multiply(rate)));
    assertThat(PaperAccountSummary.currencyOf("NetLiquidation", "CHF")).isEqualTo("CHF");
    assertThat(PaperAccountSummary.currencyOf("Cushion", "CHF")).isEmpty();
  }

  @Test
  void theLedgerHasTheBaseTheDollarAndTheTotals() {
    account.applyFill("SPY", 756733, bd("10"), bd("500"), BigDecimal.ONE);
    BigDecimal rate = market.fxRate("USD", "CHF");

    assertThat(PaperLedger.currencies(account)).containsExactly("CHF", "USD");
    Map<String, String> usd = PaperLedger.values(account, market, "USD");
    assertThat(usd.get("CashBalance")).isEqualTo("-5001.00");
    assertThat(new BigDecimal(usd.get("ExchangeRate")))
        .isEqualByComparingTo(rate.setScale(7, RoundingMode.HALF_EVEN));
    assertThat(PaperLedger.values(account, market, "CHF").get("ExchangeRate")).isEqualTo("1.00");
    Map<String, String> base = PaperLedger.values(account, market, PaperLedger.BASE);
    assertThat(base.get("CashBalance"))
        .isEqualTo(money(bd("100000").subtract(bd("5001").multiply(rate))));
    assertThat(base.get("Currency")).isEqualTo("BASE");
  }

  @Test
  void theSavedStateKeepsEveryCurrency() {
    account.applyFill("SPY", 756733, bd("10"), bd("500"), BigDecimal.ONE);
    PaperAccount restored = new PaperAccount("DU1", 5, "CHF");

    restored.restore(account.state());

    assertThat(restored.cashBalances()).isEqualTo(account.cashBalances());
  }

  @Test
  void fxPairsAreListedOneWayRoundOnIdealpro() {
    assertThat(PaperFx.resolve(WireContract.cash("USD", "CHF"))).contains(new FxPair("USD", "CHF"));
    assertThat(PaperFx.resolve(WireContract.cash("EUR", "USD"))).contains(new FxPair("EUR", "USD"));
    assertThat(PaperFx.resolve(WireContract.cash("CHF", "USD"))).isEmpty();
    assertThat(PaperFx.resolve(WireContract.stock(0, "USD", "CHF", ""))).isEmpty();
    BigDecimal usdChf = market.fxRate("USD", "CHF");
    assertThat(usdChf).isBetween(bd("0.8805"), bd("0.8894")); // 1 / 1.13 within 0.5 %
    assertThat(market.fxRate("CHF", "USD").multiply(usdChf))
        .isCloseTo(BigDecimal.ONE, org.assertj.core.data.Offset.offset(bd("0.000000001")));
    assertThat(PaperFx.isOpen(Instant.parse("2025-01-04T17:00:00Z"))).as("Saturday").isFalse();
    assertThat(PaperFx.isOpen(Instant.parse("2025-01-05T22:30:00Z"))).as("Sunday 17:30").isTrue();
  }

  @Test
  void everyTwoQuotedCurrenciesHaveAListedPairAndOthersNone() {
    for (String a : PaperFx.currencies()) {
      for (String b : PaperFx.currencies()) {
        if (!a.equals(b)) {
          FxPair pair = FxPair.listed(a, b).orElseThrow();
          assertThat(PaperFx.resolve(pair.contract())).as(pair.toString()).contains(pair);
          assertThat(PaperFx.resolve(pair.reversed().contract())).as(pair.toString()).isEmpty();
        }
      }
    }
    // Listed at IB, not quoted here: error 200 like any contract the gateway does not know.
    assertThat(PaperFx.resolve(WireContract.cash("USD", "PLN"))).isEmpty();
    assertThat(PaperFx.resolve(WireContract.cash("USD", "XAU"))).isEmpty();
  }

  @Test
  void anUnquotedBaseCurrencyIsRefused() {
    assertThatThrownBy(() -> PaperGatewayConfig.builder().currency("XAU").build())
        .hasMessageContaining("XAU");
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
