package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ContractDetails;
import dev.ibtrading.ib.message.WireContract;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which universe instrument a request's contract fields name, and the contract details the paper
 * gateway reports for it.
 */
final class PaperContracts {
  static final String NO_SECURITY_DEFINITION =
      "No security definition has been found for the request";
  static final String VALID_EXCHANGES = "SMART,NYSE,ARCA,NASDAQ,BATS,IEX";
  static final String ORDER_TYPES = "DAY,GTC,IOC,LMT,MKT";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /**
   * minSize and sizeIncrement of a US stock at IB, which trades fractions of a share (the real AAPL
   * frame of wboayue/rust-ibapi@7014f747 src/transport/connection/tests.rs: 0.0001, 0.0001, 100).
   * The paper gateway refuses fractional orders all the same ({@link PaperOrderValidator}).
   */
  private static final BigDecimal FRACTIONAL_SIZE = new BigDecimal("0.0001");

  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  private PaperContracts() {}

  /**
   * The instrument the fields name: by conId when given (the symbol, if any, must agree), else by
   * symbol; security type, currency, exchange and primary exchange must fit when given.
   */
  static Optional<PaperInstrument> resolve(WireContract contract) {
    Optional<PaperInstrument> found =
        contract.conId() != 0
            ? PaperUniverse.byConId(contract.conId())
                .filter(i -> blankOr(contract.symbol(), i.symbol()))
            : PaperUniverse.bySymbol(contract.symbol());
    return found.filter(
        i ->
            blankOr(contract.secType(), WireContract.STOCK)
                && blankOr(contract.currency(), "USD")
                && blankOr(contract.primaryExchange(), i.primaryExchange())
                && (contract.exchange().isBlank()
                    || List.of(VALID_EXCHANGES.split(","))
                        .contains(contract.exchange().strip().toUpperCase(Locale.ROOT))));
  }

  /** The details of a universe stock as of {@code today} (New York), trading hours a week ahead. */
  static ContractDetails details(PaperInstrument i, LocalDate today, ExchangeCalendar calendar) {
    String rules = String.join(",", Collections.nCopies(6, "26"));
    return new ContractDetails(
        WireContract.stock(
            i.conId(),
            i.symbol(),
            WireContract.SMART,
            i.primaryExchange(),
            "USD",
            i.symbol(),
            i.tradingClass()),
        i.tradingClass(),
        i.minTick(),
        ORDER_TYPES,
        VALID_EXCHANGES,
        1,
        0,
        i.longName(),
        "",
        i.industry(),
        i.category(),
        i.subcategory(),
        "US/Eastern",
        hours(today, true, calendar),
        hours(today, false, calendar),
        "",
        null,
        i.isin().isEmpty() ? List.of() : List.of(new ContractDetails.SecId("ISIN", i.isin())),
        1,
        "",
        "",
        rules,
        "",
        "Funds".equals(i.industry()) ? "ETF" : "COMMON",
        FRACTIONAL_SIZE,
        FRACTIONAL_SIZE,
        BigDecimal.valueOf(100));
  }

  /**
   * IB's hours format, a week from {@code from}: {@code
   * 20250103:0930-20250103:1600;20250104:CLOSED} (the real frames of {@code tws/real-frames/} list
   * closed days so). Days follow the paper market's NYSE calendar: a holiday is {@code CLOSED}, and
   * an early close ends the regular session at 13:00 ({@link
   * dev.ibtrading.schedule.ExchangeCalendar}) and, an assumption of this simulation, the extended
   * one at 17:00.
   */
  static String hours(LocalDate from, boolean extended, ExchangeCalendar calendar) {
    List<String> days = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      LocalDate date = from.plusDays(i);
      String day = DAY.format(date);
      if (!calendar.isTradingDay(date)) {
        days.add(day + ":CLOSED");
        continue;
      }
      LocalTime sessionClose = calendar.sessionClose(date).toLocalTime();
      boolean early = sessionClose.isBefore(ExchangeCalendar.CLOSE);
      String open = extended ? "0400" : "0930";
      String close = extended ? (early ? "1700" : "2000") : HHMM.format(sessionClose);
      days.add(day + ":" + open + "-" + day + ":" + close);
    }
    return String.join(";", days);
  }

  private static boolean blankOr(String given, String expected) {
    return given == null || given.isBlank() || given.strip().equalsIgnoreCase(expected);
  }
}
