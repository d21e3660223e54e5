package dev.ibtrading.paper;

import dev.ibtrading.paper.PaperMarket.DailyBar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the optional daily-bars CSV of the paper gateway: a header {@code
 * symbol,date,open,high,low,close,volume}, then one bar per line, date as {@code yyyy-MM-dd}. Blank
 * lines are skipped. Anything else that is not a valid bar of a symbol of {@link PaperUniverse}
 * fails the whole file with its {@code file:line}, because a half-read price history would silently
 * mislead whatever runs against it.
 */
final class CsvBarsFile {
  static final String HEADER = "symbol,date,open,high,low,close,volume";

  private CsvBarsFile() {}

  /**
   * @return each symbol's bars, symbols as the universe spells them
   * @throws IllegalArgumentException for a bad header or row, naming file and line
   * @throws UncheckedIOException if the file cannot be read
   */
  static Map<String, CsvDailySeries> load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bars file " + file + ": " + e.getMessage(), e);
    }
    Map<String, Map<LocalDate, DailyBar>> bySymbol = new LinkedHashMap<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      if (!headerSeen) {
        if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
          throw new IllegalArgumentException(
              where + "header '" + line + "' (expected: " + HEADER + ")");
        }
        headerSeen = true;
        continue;
      }
      Row row = parse(line, where);
      DailyBar previous =
          bySymbol.computeIfAbsent(row.symbol, s -> new TreeMap<>()).put(row.bar.date(), row.bar);
      if (previous != null) {
        throw new IllegalArgumentException(
            where + "second bar of " + row.symbol + " on " + row.bar.date() + " (expected: one)");
      }
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(file + ": empty (expected: header " + HEADER + ")");
    }
    Map<String, CsvDailySeries> series = new HashMap<>();
    bySymbol.forEach((symbol, bars) -> series.put(symbol, new CsvDailySeries(bars)));
    return series;
  }

  private record Row(String symbol, DailyBar bar) {}

  private static Row parse(String line, String where) {
    String[] fields = line.split(",", -1);
    if (fields.length != 7) {
      throw new IllegalArgumentException(
          where + fields.length + " fields in '" + line + "' (expected: 7, " + HEADER + ")");
    }
    String symbol = fields[0].strip().toUpperCase(Locale.ROOT);
    PaperInstrument instrument =
        PaperUniverse.bySymbol(symbol)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        where
                            + "symbol '"
                            + fields[0].strip()
                            + "' is not in the paper universe (expected one of: "
                            + String.join(
                                ", ",
                                PaperUniverse.all().stream().map(PaperInstrument::symbol).toList())
                            + ")"));
    LocalDate date;
    try {
      date = LocalDate.parse(fields[1].strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          where + "date '" + fields[1].strip() + "' (expected: yyyy-MM-dd)");
    }
    double open = price(fields[2], "open", where);
    double high = price(fields[3], "high", where);
    double low = price(fields[4], "low", where);
    double close = price(fields[5], "close", where);
    if (high < Math.max(open, close) || low > Math.min(open, close)) {
      throw new IllegalArgumentException(
          where
              + "high "
              + high
              + " / low "
              + low
              + " with open "
              + open
              + " and close "
              + close
              + " (expected: high >= max(open, close), low <= min(open, close))");
    }
    long volume;
    try {
      volume = Long.parseLong(fields[6].strip());
    } catch (NumberFormatException e) {
      volume = -1;
    }
    if (volume < 0) {
      throw new IllegalArgumentException(
          where + "volume '" + fields[6].strip() + "' (expected: a whole number >= 0)");
    }
    return new Row(instrument.symbol(), new DailyBar(date, open, high, low, close, volume));
  }

  private static double price(String field, String name, String where) {
    double value;
    try {
      value = Double.parseDouble(field.strip());
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          where + name + " '" + field.strip() + "' (expected: a price > 0)");
    }
    return value;
  }
}
