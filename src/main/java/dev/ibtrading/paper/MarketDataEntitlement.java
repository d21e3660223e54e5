package dev.ibtrading.paper;

import java.util.OptionalInt;

/**
 * Which market data the simulated account is entitled to ({@code --market-data}, {@code
 * ib.paper.market-data}), and so which data type answers a request of each market data type (1
 * real-time, 2 frozen, 3 delayed, 4 delayed-frozen; REQ_MARKET_DATA_TYPE, §3.5).
 *
 * <p>What a real gateway does, from public reports (no real gateway was available here):
 *
 * <ul>
 *   <li>Without a real-time subscription a real-time (or frozen: it needs the same subscriptions)
 *       request ends with one error and no ticks: 10089 "Requested market data requires additional
 *       subscription for API. See link in 'Market Data Connections' dialog for more details.Delayed
 *       market data is available.SPY ARCA/TOP/ALL" on current gateways (paper account, github
 *       softwarespartan/IB4m#158, 2024; live-derived transcript
 *       testdata/transcripts/realtime_bars_api_error.txt of ThomasMarcelis/ibkr-go at cdaac7f,
 *       server version 200), 354 "Requested market data is not subscribed.Delayed market data is
 *       available.Error&amp;BEST/STK/Top&amp;BEST/STK/Top" on older ones (brndnmtthws/thetagang#175
 *       at server version 152, atreyuxtrading/atreyu-backtrader-api#8). Frozen data's entitlement:
 *       IB's market_data_type.html and IBrokers' reqMktDataType help.
 *   <li>After REQ_MARKET_DATA_TYPE 3 (or 4) the same request is answered with the informational
 *       10167 "Requested market data is not subscribed. Displaying delayed market data." first,
 *       then MARKET_DATA_TYPE 3 and the delayed tick types 66.. (wboayue/rust-ibapi#672: the
 *       warning precedes the ticks; IB's delayed_data.html; stoqey/ib#160: DELAYED_BID/ASK).
 *   <li>With a subscription, delayed requests get live data ("if live data is available, it will
 *       always be returned instead of delayed data", IB's delayed_data.html). {@link #REALTIME}
 *       does not model that: it answers delayed requests with delayed data, as this gateway always
 *       has, so that clients can test delayed ticks against it.
 * </ul>
 */
public enum MarketDataEntitlement {
  /** Every market data type is answered as asked (the default). */
  REALTIME,
  /**
   * No real-time subscription: every request is answered with delayed data, whatever type the
   * session asked for, with the 10167 warning. For clients that never switch to delayed data; a
   * real account without subscriptions behaves as {@link #NONE}.
   */
  DELAYED,
  /**
   * A paper account without market data subscriptions: real-time and frozen requests end with error
   * 10089, delayed and delayed-frozen ones get delayed data with the 10167 warning.
   */
  NONE;

  /** The real-time request's error on an account without subscriptions. */
  static final int NOT_SUBSCRIBED = 10089;

  /**
   * The data type that answers a request of {@code requested} type (1..4), or empty when the
   * request ends with {@link #NOT_SUBSCRIBED}.
   *
   * @param regularHours whether the market is open: frozen types deliver live (delayed) data while
   *     it is, frozen data after the close
   */
  OptionalInt delivered(int requested, boolean regularHours) {
    boolean frozen = requested == 2 || requested == 4;
    int delayed = frozen && !regularHours ? 4 : 3;
    return switch (this) {
      case REALTIME -> OptionalInt.of(frozen && regularHours ? requested - 1 : requested);
      case DELAYED -> OptionalInt.of(delayed);
      case NONE -> requested >= 3 ? OptionalInt.of(delayed) : OptionalInt.empty();
    };
  }

  /**
   * The text of {@link #NOT_SUBSCRIBED} for a symbol, as current gateways word it (IB4m#158): the
   * symbol and its listing's top-of-book feed follow the last sentence without a space.
   */
  static String notSubscribedText(PaperInstrument instrument) {
    return "Requested market data requires additional subscription for API. See link in"
        + " 'Market Data Connections' dialog for more details.Delayed market data is available."
        + instrument.symbol()
        + " "
        + instrument.primaryExchange()
        + "/TOP/ALL";
  }
}
