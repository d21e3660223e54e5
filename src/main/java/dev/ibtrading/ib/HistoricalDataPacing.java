package dev.ibtrading.ib;

import dev.ibtrading.ib.message.RequestHistoricalData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * IB's pacing rules for historical data requests, as one sliding record of the requests sent: a
 * client asks {@link #waitBefore} how long to wait before its next request, a gateway that finds a
 * wait refuses the request with 162 {@link IbErrorCodes#HISTORICAL_PACING_VIOLATION}. A request
 * breaks the rules when it is
 *
 * <ul>
 *   <li>identical to one made less than 15 seconds before;
 *   <li>the sixth (or more) for the same contract, exchange and data type within two seconds;
 *   <li>more than the 60th within ten minutes.
 * </ul>
 *
 * <p>BID_ASK requests count twice. Sources: IB's TWS API documentation,
 * https://interactivebrokers.github.io/tws-api/historical_limitations.html ("Pacing Violations for
 * Small Bars (30 secs or less)"; its footnote and pst-group/pysystemtrade#501 say bars of a minute
 * and more are only throttled, not refused), and IB's older API User's Guide,
 * http://www.interactivebrokers.com/php/apiUsersGuide/apiguide/api/historical_data_limitations.htm,
 * which applies them to every historical request. Keeping them for daily bars too costs a bars
 * download little (a year of one symbol is one request) and is safe on any gateway version.
 */
public final class HistoricalDataPacing {
  /** No identical request within this time. */
  public static final Duration IDENTICAL_WINDOW = Duration.ofSeconds(15);

  /** At most {@value #SAME_CONTRACT_MAX} requests for one contract and data type in this time. */
  public static final Duration SAME_CONTRACT_WINDOW = Duration.ofSeconds(2);

  public static final int SAME_CONTRACT_MAX = 5;

  /** At most {@value #TOTAL_MAX} requests in this time. */
  public static final Duration TOTAL_WINDOW = Duration.ofMinutes(10);

  public static final int TOTAL_MAX = 60;

  /**
   * How long to wait before a request keeps the rules, and which rule says so.
   *
   * @param duration zero when the request may go now
   * @param reason the rule that needs the wait, in words for a log line; empty for none
   */
  public record Wait(Duration duration, String reason) {
    static final Wait NONE = new Wait(Duration.ZERO, "");

    public boolean isNone() {
      return duration.isZero();
    }
  }

  /** One counted request: BID_ASK leaves two. */
  private record Sent(Instant at, RequestHistoricalData identity, String contractKey) {}

  private final Deque<Sent> sent = new ArrayDeque<>(); // oldest first, within TOTAL_WINDOW

  /** The wait before {@code request} may be sent at {@code now}; {@link Wait#NONE} for none. */
  public synchronized Wait waitBefore(RequestHistoricalData request, Instant now) {
    forgetBefore(now.minus(TOTAL_WINDOW));
    int weight = weight(request);
    RequestHistoricalData identity = identity(request);
    String contractKey = contractKey(request);

    Wait wait = Wait.NONE;
    for (Sent s : sent) {
      if (s.identity.equals(identity)) {
        wait =
            longer(
                wait,
                s.at.plus(IDENTICAL_WINDOW),
                now,
                "an identical request went "
                    + Duration.between(s.at, now).toMillis()
                    + " ms ago (IB: none within 15 s)");
      }
    }
    List<Instant> sameContract = new ArrayList<>();
    for (Sent s : sent) {
      if (s.contractKey.equals(contractKey) && s.at.isAfter(now.minus(SAME_CONTRACT_WINDOW))) {
        sameContract.add(s.at);
      }
    }
    int over = sameContract.size() + weight - SAME_CONTRACT_MAX;
    if (over > 0) {
      wait =
          longer(
              wait,
              sameContract.get(over - 1).plus(SAME_CONTRACT_WINDOW),
              now,
              sameContract.size()
                  + " requests for "
                  + contractKey
                  + " in the last 2 s (IB: at most 5)");
    }
    over = sent.size() + weight - TOTAL_MAX;
    if (over > 0) {
      List<Sent> all = List.copyOf(sent);
      wait =
          longer(
              wait,
              all.get(over - 1).at.plus(TOTAL_WINDOW),
              now,
              sent.size() + " requests in the last 10 minutes (IB: at most 60)");
    }
    return wait;
  }

  /** Counts {@code request} as sent at {@code now}. */
  public synchronized void record(RequestHistoricalData request, Instant now) {
    Sent s = new Sent(now, identity(request), contractKey(request));
    for (int i = 0; i < weight(request); i++) {
      sent.addLast(s);
    }
  }

  private void forgetBefore(Instant cutoff) {
    while (!sent.isEmpty() && !sent.peekFirst().at.isAfter(cutoff)) {
      sent.removeFirst();
    }
  }

  private static Wait longer(Wait wait, Instant allowedAt, Instant now, String reason) {
    Duration needed = Duration.between(now, allowedAt);
    return needed.compareTo(wait.duration()) > 0 ? new Wait(needed, reason) : wait;
  }

  private static int weight(RequestHistoricalData request) {
    return request.whatToShow().strip().equalsIgnoreCase("BID_ASK") ? 2 : 1;
  }

  /** Everything but the request id: what "identical" compares. */
  private static RequestHistoricalData identity(RequestHistoricalData r) {
    return new RequestHistoricalData(
        0,
        r.contract(),
        r.includeExpired(),
        r.endDateTime().strip(),
        r.barSize().strip(),
        r.duration().strip(),
        r.useRth(),
        r.whatToShow().strip().toUpperCase(Locale.ROOT),
        r.formatDate(),
        r.keepUpToDate(),
        r.chartOptions());
  }

  /** "Contract, exchange and tick type", e.g. {@code SPY STK SMART USD TRADES}. */
  private static String contractKey(RequestHistoricalData r) {
    return String.join(
            " ",
            r.contract().symbol(),
            r.contract().secType(),
            r.contract().exchange(),
            r.contract().currency(),
            r.whatToShow().strip())
        .toUpperCase(Locale.ROOT);
  }
}
