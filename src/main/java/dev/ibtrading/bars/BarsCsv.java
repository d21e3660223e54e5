package dev.ibtrading.bars;

import dev.ibtrading.broker.Bar;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Writes the paper gateway's bars CSV ({@code dev.ibtrading.paper.CsvBarsFile}, which {@code replay
 * --bars} reads): the header {@code symbol,date,open,high,low,close,volume}, one bar a line, dates
 * {@code yyyy-MM-dd}, prices as the gateway sent them, volume a whole number. The file appears
 * complete or not at all: it is written beside its place and moved there.
 */
final class BarsCsv {
  /** The header {@code CsvBarsFile} expects; this package may not know the paper gateway's. */
  static final String HEADER = "symbol,date,open,high,low,close,volume";

  private BarsCsv() {}

  static void write(Path file, Map<String, List<Bar>> bars) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path partial =
        Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".part");
    try {
      try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        out.write(HEADER + "\n");
        for (Map.Entry<String, List<Bar>> symbol : bars.entrySet()) {
          for (Bar bar : symbol.getValue()) {
            out.write(line(symbol.getKey(), bar));
          }
        }
      }
      Files.move(
          partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static String line(String symbol, Bar bar) {
    return String.join(
            ",",
            symbol,
            bar.date().toString(),
            bar.open().toPlainString(),
            bar.high().toPlainString(),
            bar.low().toPlainString(),
            bar.close().toPlainString(),
            // IB sends -1 for "no volume"; the file wants a whole number >= 0
            bar.volume().max(BigDecimal.ZERO).setScale(0, RoundingMode.HALF_UP).toPlainString())
        + "\n";
  }
}
