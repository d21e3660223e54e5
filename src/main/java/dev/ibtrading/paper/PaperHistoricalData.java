package dev.ibtrading.paper;

import dev.ibtrading.ib.IbErrorCodes;
import dev.ibtrading.ib.message.HistoricalBar;
import dev.ibtrading.ib.message.HistoricalData;
import dev.ibtrading.ib.message.RequestHistoricalData;
import dev.ibtrading.paper.PaperMarket.DailyBar;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers a daily-bars request (§3.6) from the {@link PaperMarket}: the completed trading days in
 * the calendar span {@code durationStr} ({@code N D}, {@code N W}, {@code N M}, {@code N Y}) that
 * ends at {@code endDateTime} (empty = now; never later than now).
 */
final class PaperHistoricalData {
  private static final DateTimeFormatter UTC_FORM =
      DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss");
  private static final DateTimeFormatter LOCAL_FORM =
      DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");
  private static final DateTimeFormatter BAR_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern DURATION = Pattern.compile("(\\d{1,5})\\s+([DWMY])");

  private PaperHistoricalData() {}

  /** A request the paper gateway cannot serve; the text goes into an ERR_MSG. */
  static final class Rejected extends RuntimeException {
    final int code;

    Rejected(int code, String message) {
      super(message);
      this.code = code;
    }
  }

  static HistoricalData answer(
      RequestHistoricalData request, String symbol, PaperMarket market, Instant now) {
    if (!request.barSize().strip().equalsIgnoreCase("1 day")) {
      throw new Rejected(
          162,
          "Historical Market Data Service error message:bar size '"
              + request.barSize()
              + "' is not served (expected: 1 day)");
    }
    if (!request.whatToShow().strip().equalsIgnoreCase("TRADES")) {
      throw new Rejected(
          162,
          "Historical Market Data Service error message:No data of type "
              + request.whatToShow()
              + " is available (expected: TRADES)");
    }
    Instant requestedEnd = endDateTime(request.endDateTime(), now);
    ZonedDateTime end =
        (requestedEnd.isAfter(now) ? now : requestedEnd).atZone(ExchangeCalendar.NEW_YORK);
    ZonedDateTime start = end.minus(duration(request.duration()));
    LocalDate last = market.calendar().lastCompletedSession(end.toInstant());
    LocalDate first = start.toLocalDate();
    int maxBars = (int) Math.max(0, ChronoUnit.DAYS.between(first, last));
    List<HistoricalBar> bars =
        market.dailyBars(symbol, last, maxBars).stream()
            .filter(bar -> bar.date().isAfter(first))
            .map(PaperHistoricalData::toWire)
            .toList();
    return new HistoricalData(
        request.reqId(), LOCAL_FORM.format(start), LOCAL_FORM.format(end), bars);
  }

  /**
   * Empty is now; {@code yyyyMMdd-HH:mm:ss} is UTC; {@code yyyyMMdd HH:mm:ss [zone]} is in the zone
   * given, else New York (the paper gateway's login time zone).
   */
  static Instant endDateTime(String text, Instant now) {
    String value = text == null ? "" : text.strip();
    try {
      if (value.isEmpty()) {
        return now;
      }
      if (value.length() == 17 && value.charAt(8) == '-') {
        return LocalDateTime.parse(value, UTC_FORM).toInstant(ZoneOffset.UTC);
      }
      ZoneId zone = ExchangeCalendar.NEW_YORK;
      if (value.length() > 17) {
        zone = ZoneId.of(value.substring(17).strip());
        value = value.substring(0, 17);
      }
      return LocalDateTime.parse(value, LOCAL_FORM).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new Rejected(
          IbErrorCodes.INVALID_REQUEST,
          "Error validating request: endDateTime '"
              + text
              + "' (expected: empty, yyyyMMdd-HH:mm:ss in UTC or yyyyMMdd HH:mm:ss [zone])");
    }
  }

  static Period duration(String text) {
    Matcher m = DURATION.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
      throw new Rejected(
          IbErrorCodes.INVALID_REQUEST,
          "Error validating request: durationStr '"
              + text
              + "' (expected: N D, N W, N M or N Y with N >= 1)");
    }
    int n = Integer.parseInt(m.group(1));
    return switch (m.group(2)) {
      case "D" -> Period.ofDays(n);
      case "W" -> Period.ofWeeks(n);
      case "M" -> Period.ofMonths(n);
      default -> Period.ofYears(n);
    };
  }

  private static HistoricalBar toWire(DailyBar bar) {
    BigDecimal wap =
        BigDecimal.valueOf((bar.high() + bar.low() + bar.close()) / 3)
            .setScale(4, RoundingMode.HALF_EVEN);
    return new HistoricalBar(
        BAR_DATE.format(bar.date()),
        bar.open(),
        bar.high(),
        bar.low(),
        bar.close(),
        BigDecimal.valueOf(bar.volume()),
        wap,
        (int) Math.max(1, Math.min(Integer.MAX_VALUE, bar.volume() / 200)));
  }
}
