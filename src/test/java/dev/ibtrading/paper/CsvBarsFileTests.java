package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.paper.PaperMarket.DailyBar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bars CSV: read when valid, refused loudly with file:line when not. */
class CsvBarsFileTests {
  private static final String HEADER = "symbol,date,open,high,low,close,volume\n";

  @TempDir Path dir;

  private Path write(String content) throws Exception {
    Path file = dir.resolve("bars.csv");
    Files.writeString(file, content);
    return file;
  }

  @Test
  void readsBarsPerSymbolInDateOrder() throws Exception {
    Path file =
        write(
            HEADER
                + "spy,2025-01-02,100,101,99,100.5,1000\n"
                + "\n"
                + "SPY,2024-12-31,98,99,97,98.5,900\n"
                + "AAPL,2025-01-02,10,11,9,10.5,5\n");

    var series = CsvBarsFile.load(file);

    assertThat(series).containsOnlyKeys("SPY", "AAPL");
    assertThat(series.get("SPY").lastBars(LocalDate.of(2025, 1, 3), 5))
        .containsExactly(
            new DailyBar(LocalDate.of(2024, 12, 31), 98, 99, 97, 98.5, 900),
            new DailyBar(LocalDate.of(2025, 1, 2), 100, 101, 99, 100.5, 1000));
  }

  @Test
  void aWrongHeaderNamesLineOne() throws Exception {
    Path file = write("date,symbol,open,high,low,close,volume\n");

    assertThatThrownBy(() -> CsvBarsFile.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":1: header")
        .hasMessageContaining("expected: symbol,date,open,high,low,close,volume");
  }

  @Test
  void badRowsNameTheirLineAndWhatWasExpected() throws Exception {
    String good = "SPY,2025-01-02,100,101,99,100.5,1000\n";
    String[][] cases = {
      {"SPY,2025-01-03,100,101,99,100.5\n", "6 fields"},
      {"ZZZZ,2025-01-03,100,101,99,100.5,1\n", "symbol 'ZZZZ' is not in the paper universe"},
      {"SPY,03/01/2025,100,101,99,100.5,1\n", "date '03/01/2025' (expected: yyyy-MM-dd)"},
      {"SPY,2025-01-03,100,abc,99,100.5,1\n", "high 'abc' (expected: a price > 0)"},
      {"SPY,2025-01-03,100,100.2,99,100.5,1\n", "expected: high >= max(open, close)"},
      {"SPY,2025-01-03,100,101,99,100.5,-3\n", "volume '-3' (expected: a whole number >= 0)"},
      {"SPY,2025-01-02,100,101,99,100.5,1\n", "second bar of SPY on 2025-01-02"},
    };
    for (String[] c : cases) {
      Path file = write(HEADER + good + c[0]);

      assertThatThrownBy(() -> CsvBarsFile.load(file))
          .as(c[0])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(file + ":3: ")
          .hasMessageContaining(c[1]);
    }
  }

  @Test
  void anEmptyFileIsRefused() throws Exception {
    Path file = write("\n");

    assertThatThrownBy(() -> CsvBarsFile.load(file)).hasMessageContaining("empty");
  }
}
