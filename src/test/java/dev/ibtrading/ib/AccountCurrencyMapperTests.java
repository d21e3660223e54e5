package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.AccountCurrency;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.CashBalance;
import dev.ibtrading.broker.FxRateSource;
import dev.ibtrading.ib.message.AccountSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NetLiquidation and $LEDGER:ALL rows to the base currency and cash per currency. The values are a
 * real AUD account's (nautechsystems/nautilus_trader@a79c2bbe
 * tests/integration_tests/adapters/interactive_brokers/resources/responses/account_values.json).
 */
class AccountCurrencyMapperTests {
  private static final Instant AT = Instant.parse("2025-01-03T15:00:00Z");

  private static AccountSummary row(String account, String tag, String value, String currency) {
    return new AccountSummary(7, account, tag, value, currency);
  }

  private static final List<AccountSummary> AUD_ACCOUNT =
      List.of(
          row("DU1", "NetLiquidation", "1000000.24", "AUD"),
          row("DU1", "Currency", "AUD", "AUD"),
          row("DU1", "Currency", "BASE", "BASE"),
          row("DU1", "Currency", "USD", "USD"),
          row("DU1", "CashBalance", "-100000.79", "AUD"),
          row("DU1", "CashBalance", "-100000.0981", "BASE"),
          row("DU1", "CashBalance", "100000.27", "USD"),
          row("DU1", "ExchangeRate", "1.00", "AUD"),
          row("DU1", "ExchangeRate", "1.00", "BASE"),
          row("DU1", "ExchangeRate", "1.5139472", "USD"),
          row("DU2", "NetLiquidation", "5.00", "EUR"));

  @Test
  void readsTheBaseCurrencyAndEachCurrencysBalanceWithoutTheBaseTotals() {
    AccountCurrency currency = AccountCurrencyMapper.toAccountCurrency("DU1", AUD_ACCOUNT, AT);

    assertThat(currency.baseCurrency()).isEqualTo("AUD");
    assertThat(currency.cash())
        .containsExactly(
            new CashBalance("AUD", new BigDecimal("-100000.79"), new BigDecimal("1.00")),
            new CashBalance("USD", new BigDecimal("100000.27"), new BigDecimal("1.5139472")));
    var usd = currency.rateToBase("USD").orElseThrow();
    assertThat(usd.rate()).isEqualByComparingTo("1.5139472");
    assertThat(usd.source()).isEqualTo(FxRateSource.ACCOUNT_VALUES);
    assertThat(usd.to()).isEqualTo("AUD");
    assertThat(currency.rateToBase("AUD").orElseThrow().source())
        .isEqualTo(FxRateSource.SAME_CURRENCY);
    assertThat(currency.rateToBase("EUR")).isEmpty();
  }

  @Test
  void anAccountWithoutNetLiquidationHasNoKnownBaseCurrency() {
    List<AccountSummary> rows =
        AUD_ACCOUNT.stream().filter(r -> !r.tag().equals("NetLiquidation")).toList();

    assertThatThrownBy(() -> AccountCurrencyMapper.toAccountCurrency("DU1", rows, AT))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining("base currency unknown");
  }

  @Test
  void aBalanceWithoutItsExchangeRateIsRefused() {
    List<AccountSummary> rows =
        AUD_ACCOUNT.stream()
            .filter(r -> !(r.tag().equals("ExchangeRate") && r.currency().equals("USD")))
            .toList();

    assertThatThrownBy(() -> AccountCurrencyMapper.toAccountCurrency("DU1", rows, AT))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining("no ExchangeRate for USD");
  }
}
