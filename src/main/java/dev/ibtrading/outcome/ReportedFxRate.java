package dev.ibtrading.outcome;

import dev.ibtrading.broker.FxRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * An exchange rate a run converted with, as an outcome reports it: which rate, from where, when.
 *
 * @param from the currency converted from, e.g. USD (an instrument's)
 * @param to the currency converted to, e.g. CHF (the account's base currency)
 * @param rate units of {@code to} per unit of {@code from}
 * @param source {@code market-data} (the gateway's FX quote) or {@code account-values} (the
 *     account's {@code ExchangeRate})
 * @param detail what the source said, e.g. {@code USD.CHF on IDEALPRO: bid 0.88105, ask 0.88115,
 *     midpoint (realtime)}
 * @param asOf when the worker received it
 */
public record ReportedFxRate(
    String from, String to, BigDecimal rate, String source, String detail, Instant asOf) {

  public static ReportedFxRate from(FxRate rate) {
    return new ReportedFxRate(
        rate.from(),
        rate.to(),
        rate.rate(),
        rate.source().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        rate.detail(),
        rate.asOf());
  }
}
