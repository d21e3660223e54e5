package dev.ibtrading.paper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The US stocks and ETFs the paper gateway can trade; anything else is error 200. */
public final class PaperUniverse {
  private static final Map<String, PaperInstrument> BUILT_IN = new LinkedHashMap<>();

  static {
    add("SPY", 756733, "ARCA", "SPDR S&P 500 ETF TRUST", "SPY", "Funds", "Equity Fund", 450, 0.18);
    add(
        "VIXY",
        101400001,
        "BATS",
        "PROSHARES VIX SHORT-TERM FUTURE",
        "VIXY",
        "Funds",
        "Volatility",
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
        95,
        0.15);
    add("GLD", 51529211, "ARCA", "SPDR GOLD SHARES", "GLD", "Funds", "Commodity Fund", 185, 0.14);
    add("AAPL", 265598, "NASDAQ", "APPLE INC", "NMS", "Technology", "Computers", 180, 0.28);
    add("MSFT", 272093, "NASDAQ", "MICROSOFT CORP", "NMS", "Technology", "Software", 370, 0.26);
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
