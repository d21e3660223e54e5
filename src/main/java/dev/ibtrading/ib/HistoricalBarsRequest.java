package dev.ibtrading.ib;

import dev.ibtrading.broker.Bar;
import dev.ibtrading.ib.message.CancelHistoricalData;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.HistoricalBar;
import dev.ibtrading.ib.message.HistoricalData;
import dev.ibtrading.ib.message.RequestHistoricalData;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily bars of regular-hours trades (§3.6): REQ_HISTORICAL_DATA with bar size {@code 1 day},
 * TRADES, useRTH=1 and formatDate=1, answered by one HISTORICAL_DATA. The duration asked for covers
 * {@code count} trading days with room for weekends and holidays, or a span of dates ({@link
 * #covering}); trimming to the bars wanted is the caller's job ({@link DailyBarFilter}). Abandoning
 * it sends CANCEL_HISTORICAL_DATA.
 */
public final class HistoricalBarsRequest extends PendingRequest<List<Bar>> {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final DateTimeFormatter END_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss");
  private static final DateTimeFormatter BAR_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** The longest span one daily-bars request may cover in days; longer ones are asked in years. */
  public static final int MAX_DAYS = 365;

  private final int reqId;
  private final WireContract contract;
  private final String endDateTime;
  private final String duration;
  private final String description;

  /**
   * @param endDateTime from {@link #endDateTime(LocalDate, Instant)}
   * @param count how many bars the caller wants
   */
  public HistoricalBarsRequest(int reqId, WireContract contract, String endDateTime, int count) {
    this(
        reqId,
        contract,
        endDateTime,
        duration(checkedCount(count)),
        count + " daily bars of " + contract.symbol());
  }

  private HistoricalBarsRequest(
      int reqId, WireContract contract, String endDateTime, String duration, String description) {
    this.reqId = reqId;
    this.contract = contract;
    this.endDateTime = endDateTime;
    this.duration = duration;
    this.description = description;
  }

  /**
   * The daily bars from {@code first} to {@code last} (New York dates, inclusive) in one request of
   * {@code N D}: at most {@value #MAX_DAYS} days, IB's guideline for one request of daily bars ("1
   * Y" with "1 day", API User's Guide historical_data_limitations.htm). The answer may hold bars
   * outside the span (IB may count trading days); the caller keeps what it asked for.
   */
  public static HistoricalBarsRequest covering(
      int reqId, WireContract contract, LocalDate first, LocalDate last, Instant now) {
    LocalDate today = now.atZone(NEW_YORK).toLocalDate();
    LocalDate end = last.isBefore(today) ? last : today; // an empty end date means now
    long days = ChronoUnit.DAYS.between(first, end) + 1;
    if (first.isAfter(last) || days > MAX_DAYS) {
      throw new IllegalArgumentException(
          "bar span " + first + ".." + last + " (expected: 1 to " + MAX_DAYS + " days)");
    }
    return new HistoricalBarsRequest(
        reqId,
        contract,
        endDateTime(last, now),
        Math.max(1, days) + " D",
        "daily bars of " + contract.symbol() + " " + first + ".." + last);
  }

  private static int checkedCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("bar count: " + count + " (expected: >= 1)");
    }
    return count;
  }

  /**
   * The calendar span that holds {@code count} trading days: about 252 of them a year, so one and a
   * half calendar days each plus a few for holidays; in years beyond 365 days, as IB asks.
   */
  static String duration(int count) {
    long days = (count * 3L + 1) / 2 + 5;
    return days <= 365 ? days + " D" : (days + 364) / 365 + " Y";
  }

  /**
   * The end of the period: empty ("now") when {@code end} is today or later in New York, else the
   * last second of {@code end} in New York, written in UTC as {@code yyyyMMdd-HH:mm:ss}.
   */
  public static String endDateTime(LocalDate end, Instant now) {
    if (!end.isBefore(now.atZone(NEW_YORK).toLocalDate())) {
      return "";
    }
    Instant endOfDay = end.plusDays(1).atStartOfDay(NEW_YORK).toInstant().minusSeconds(1);
    return END_DATE_TIME.format(endOfDay.atOffset(ZoneOffset.UTC));
  }

  @Override
  public int requestId() {
    return reqId;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public RequestHistoricalData request() {
    return RequestHistoricalData.dailyTrades(reqId, contract, endDateTime, duration);
  }

  @Override
  public ClientMessage cancelRequest() {
    return new CancelHistoricalData(reqId);
  }

  @Override
  protected void onMessage(Object message) {
    if (message instanceof HistoricalData data && data.reqId() == reqId) {
      try {
        complete(toBars(data.bars()));
      } catch (IbException e) {
        fail(e);
      }
    }
  }

  private List<Bar> toBars(List<HistoricalBar> wire) {
    List<Bar> bars = new ArrayList<>(wire.size());
    for (HistoricalBar bar : wire) {
      bars.add(
          new Bar(
              barDate(bar.date()),
              BigDecimal.valueOf(bar.open()),
              BigDecimal.valueOf(bar.high()),
              BigDecimal.valueOf(bar.low()),
              BigDecimal.valueOf(bar.close()),
              bar.volume()));
    }
    return bars;
  }

  private LocalDate barDate(String text) {
    // Daily bars with formatDate=1 are yyyyMMdd; tolerate a time or zone after it.
    String date = text.strip();
    try {
      return LocalDate.parse(date.length() > 8 ? date.substring(0, 8) : date, BAR_DATE);
    } catch (DateTimeParseException e) {
      throw new IbException(describe() + ": bar date '" + text + "' (expected: yyyyMMdd)", e);
    }
  }
}
