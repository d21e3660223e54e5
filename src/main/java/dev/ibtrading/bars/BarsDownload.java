package dev.ibtrading.bars;

import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.ib.ContractDetailsRequest;
import dev.ibtrading.ib.HistoricalBarsRequest;
import dev.ibtrading.ib.HistoricalDataPacing;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbErrorCodes;
import dev.ibtrading.ib.IbException;
import dev.ibtrading.ib.IbNotConnectedException;
import dev.ibtrading.ib.IbRequestException;
import dev.ibtrading.ib.PendingRequest;
import dev.ibtrading.ib.message.ContractDetails;
import dev.ibtrading.ib.message.WireContract;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/**
 * Downloads the daily bars of some symbols over a period: each symbol's contract is qualified, then
 * its period is asked for in {@link BarSpan}s of at most {@value HistoricalBarsRequest#MAX_DAYS}
 * days, one request each, oldest first. Before each request it waits as long as {@link
 * HistoricalDataPacing} says; a request the gateway refuses for pacing (162 with {@link
 * IbErrorCodes#HISTORICAL_PACING_VIOLATION}) or no longer knows (366) is asked again after a
 * back-off that starts at {@link #FIRST_BACKOFF} and doubles up to {@link #MAX_BACKOFF}, at most
 * {@link #MAX_ATTEMPTS} times. "HMDS query returned no data" (a span before the listing) is a span
 * without bars. A request whose gateway session was lost on the way is asked again once the client
 * has reconnected ({@link SessionRecovery}); the bars of the spans done before stay. Progress and
 * every wait go to {@code progress}, one plain line each.
 */
final class BarsDownload {
  /** IB's identical-request window: a retry is the same request, so no sooner. */
  static final Duration FIRST_BACKOFF = HistoricalDataPacing.IDENTICAL_WINDOW;

  /** IB's longest window (60 requests in ten minutes): by then every window has emptied. */
  static final Duration MAX_BACKOFF = HistoricalDataPacing.TOTAL_WINDOW;

  static final int MAX_ATTEMPTS = 7;

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalTime SESSION_CLOSE = LocalTime.of(16, 0);
  private static final String NO_DATA = "HMDS query returned no data";

  private final IbClient client;
  private final PacingClock clock;
  private final Clock wall;
  private final PrintStream progress;
  private final SessionRecovery recovery;
  private final int daysPerRequest;
  private final HistoricalDataPacing pacing = new HistoricalDataPacing();
  private final List<Duration> waits = new ArrayList<>();
  private int requests;
  private int violations;

  /**
   * @param client a connected client
   * @param clock the clock the pacing rules are kept on, and that waits
   * @param wall the date and time of day, to tell a completed day's bar from today's
   * @param recovery waits out a lost session of {@code client}
   * @param daysPerRequest calendar days per request, at most {@value
   *     HistoricalBarsRequest#MAX_DAYS}
   */
  BarsDownload(
      IbClient client,
      PacingClock clock,
      Clock wall,
      PrintStream progress,
      SessionRecovery recovery,
      int daysPerRequest) {
    if (daysPerRequest < 1 || daysPerRequest > HistoricalBarsRequest.MAX_DAYS) {
      throw new IllegalArgumentException(
          "days per request: "
              + daysPerRequest
              + " (expected: 1 to "
              + HistoricalBarsRequest.MAX_DAYS
              + ")");
    }
    this.client = client;
    this.clock = clock;
    this.wall = wall;
    this.progress = progress;
    this.recovery = recovery;
    this.daysPerRequest = daysPerRequest;
  }

  /**
   * @throws IbException when a contract is unknown or ambiguous, a request fails otherwise than by
   *     pacing or a lost session, pacing refusals outlast {@link #MAX_ATTEMPTS}, or lost sessions
   *     outlast {@link SessionRecovery}'s bounds
   */
  BarsResult download(List<String> symbols, LocalDate from, LocalDate to)
      throws InterruptedException {
    List<BarSpan> spans = BarSpan.chunks(from, to, daysPerRequest);
    int total = spans.size() * symbols.size();
    Map<String, List<Bar>> bySymbol = new LinkedHashMap<>();
    int done = 0;
    for (String symbol : symbols) {
      WireContract contract = qualify(symbol);
      TreeMap<LocalDate, Bar> bars = new TreeMap<>();
      for (BarSpan span : spans) {
        done++;
        List<Bar> got = span(contract, span, done, total);
        for (Bar bar : got) {
          if (span.contains(bar.date()) && completed(bar.date())) {
            bars.putIfAbsent(bar.date(), bar);
          }
        }
      }
      progress.printf(
          "bars: %s: %d bars%s%n",
          symbol,
          bars.size(),
          bars.isEmpty() ? "" : " (" + bars.firstKey() + ".." + bars.lastKey() + ")");
      bySymbol.put(symbol, List.copyOf(bars.values()));
    }
    return new BarsResult(bySymbol, requests, violations, List.copyOf(waits), recovery.losses());
  }

  private WireContract qualify(String symbol) throws InterruptedException {
    ContractDetails details;
    while (true) {
      int session = recovery.session();
      try {
        details =
            await(new ContractDetailsRequest(client.nextRequestId(), Instrument.usStock(symbol)));
        break;
      } catch (IbNotConnectedException e) {
        recovery.awaitSession("the contract of " + symbol, e, session);
      }
    }
    WireContract qualified = details.contract();
    return WireContract.stock(
        qualified.conId(), qualified.symbol(), qualified.currency(), qualified.primaryExchange());
  }

  private List<Bar> span(WireContract contract, BarSpan span, int number, int total)
      throws InterruptedException {
    Duration backoff = FIRST_BACKOFF;
    for (int attempt = 1; ; attempt++) {
      HistoricalBarsRequest request =
          HistoricalBarsRequest.covering(
              client.nextRequestId(), contract, span.first(), span.last(), wall.instant());
      HistoricalDataPacing.Wait wait = pacing.waitBefore(request.request(), clock.now());
      if (!wait.isNone()) {
        progress.printf(
            "bars: pacing: waiting %s before %s %s: %s%n",
            seconds(wait.duration()), contract.symbol(), span, wait.reason());
        sleep(wait.duration());
      }
      pacing.record(request.request(), clock.now());
      requests++;
      int session = recovery.session();
      try {
        List<Bar> bars = await(request);
        progress.printf(
            "bars: %s %s (%d of %d): %d bars%n",
            contract.symbol(), span, number, total, bars.size());
        return bars;
      } catch (IbNotConnectedException e) {
        recovery.awaitSession(contract.symbol() + " " + span, e, session);
        attempt--; // not a refusal: the same attempt again, on the new session
      } catch (IbRequestException e) {
        if (isNoData(e)) {
          progress.printf(
              "bars: %s %s (%d of %d): no data (%s)%n",
              contract.symbol(), span, number, total, e.text());
          return List.of();
        }
        if (!isPacing(e)) {
          throw e;
        }
        violations++;
        if (attempt >= MAX_ATTEMPTS) {
          throw new IbException(
              contract.symbol()
                  + " "
                  + span
                  + ": refused "
                  + attempt
                  + " times for pacing (IB error "
                  + e.code()
                  + "); try again later",
              e);
        }
        progress.printf(
            "bars: %s %s: IB error %d (%s); waiting %s, then attempt %d of %d%n",
            contract.symbol(),
            span,
            e.code(),
            e.text(),
            seconds(backoff),
            attempt + 1,
            MAX_ATTEMPTS);
        sleep(backoff);
        backoff =
            backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                ? MAX_BACKOFF
                : backoff.multipliedBy(2);
      }
    }
  }

  private void sleep(Duration duration) throws InterruptedException {
    waits.add(duration);
    clock.sleep(duration);
  }

  /** A day's bar is complete once its session closed; today's only after 16:00 New York. */
  private boolean completed(LocalDate date) {
    ZonedDateTime now = wall.instant().atZone(NEW_YORK);
    LocalDate today = now.toLocalDate();
    return date.isBefore(today)
        || (date.equals(today) && !now.toLocalTime().isBefore(SESSION_CLOSE));
  }

  static boolean isPacing(IbRequestException e) {
    return e.code() == IbErrorCodes.NO_HISTORICAL_QUERY
        || (e.code() == IbErrorCodes.HISTORICAL_DATA_SERVICE_ERROR
            && e.text().toLowerCase(Locale.ROOT).contains("pacing violation"));
  }

  private static boolean isNoData(IbRequestException e) {
    return e.code() == IbErrorCodes.HISTORICAL_DATA_SERVICE_ERROR && e.text().contains(NO_DATA);
  }

  private <T> T await(PendingRequest<T> request) throws InterruptedException {
    try {
      return client.submit(request).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IbException ib) {
        throw ib;
      }
      throw new IbException(request.describe() + " failed: " + e.getCause(), e.getCause());
    } catch (CancellationException e) {
      throw new IbException(request.describe() + " was cancelled", e);
    }
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
