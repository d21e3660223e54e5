package dev.ibtrading.paper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The US stocks and ETFs the paper gateway can trade; anything else is error 200. */
public final class PaperUniverse {
  private static final Map<String, PaperInstrument> BUILT_IN = new LinkedHashMap<>();

  // ISINs are public identifiers (e.g. AAPL's in the real CONTRACT_DATA frame of
  // wboayue/rust-ibapi@7014f747 src/transport/connection/tests.rs, tws/real-frames/); VIXY's CUSIP
  // changes with its reverse splits, so it has none here rather than a stale one.
  static {
    add(
        "SPY",
        756733,
        "ARCA",
        "SPDR S&P 500 ETF TRUST",
        "SPY",
        "Funds",
        "Equity Fund",
        "",
        "US78462F1030",
        450,
        0.18);
    add(
        "VIXY",
        101400001,
        "BATS",
        "PROSHARES VIX SHORT-TERM FUTURE",
        "VIXY",
        "Funds",
        "Volatility",
        "",
        "",
        15,
        0.80);
    add(
        "QQQ",
        320227571,
        "NASDAQ",
        "INVESCO QQQ TRUST SERIES 1",
        "NMS",
        "Funds",
        "Equity Fund",
        "",
        "US46090E1038",
        380,
        0.24);
    add(
        "IWM",
        9579970,
        "ARCA",
        "ISHARES RUSSELL 2000 ETF",
        "IWM",
        "Funds",
        "Equity Fund",
        "",
        "US4642876555",
        190,
        0.24);
    add(
        "TLT",
        15547841,
        "NASDAQ",
        "ISHARES 20+ YEAR TREASURY BD",
        "NMS",
        "Funds",
        "Bond Fund",
        "",
        "US4642874329",
        95,
        0.15);
    add(
        "GLD",
        51529211,
        "ARCA",
        "SPDR GOLD SHARES",
        "GLD",
        "Funds",
        "Commodity Fund",
        "",
        "US78463V1070",
        185,
        0.14);
    // industry, category and subcategory as the real AAPL frame above has them
    add(
        "AAPL",
        265598,
        "NASDAQ",
        "APPLE INC",
        "NMS",
        "Technology",
        "Computers",
        "Computers",
        "US0378331005",
        180,
        0.28);
    add(
        "MSFT",
        272093,
        "NASDAQ",
        "MICROSOFT CORP",
        "NMS",
        "Technology",
        "Software",
        "",
        "US5949181045",
        370,
        0.26);
  }

  private PaperUniverse() {}

  private static void add(
      String symbol,
      int conId,
      String primaryExchange,
      String longName,
      String tradingClass,
      String industry,
      String category,
      String subcategory,
      String isin,
      double startPrice,
      double volatility) {
    BUILT_IN.put(
        symbol,
        new PaperInstrument(
            symbol,
            conId,
            primaryExchange,
            longName,
            tradingClass,
            industry,
            category,
            subcategory,
            isin,
            0.01,
            startPrice,
            volatility));
  }

  public static Optional<PaperInstrument> bySymbol(String symbol) {
    return Optional.ofNullable(
        symbol == null ? null : BUILT_IN.get(symbol.toUpperCase(java.util.Locale.ROOT)));
  }

  public static Optional<PaperInstrument> byConId(int conId) {
    return BUILT_IN.values().stream().filter(i -> i.conId() == conId).findFirst();
  }

  public static java.util.Collection<PaperInstrument> all() {
    return java.util.Collections.unmodifiableCollection(BUILT_IN.values());
  }
}
