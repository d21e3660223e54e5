package dev.ibtrading.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.testsupport.ChromiumSupport;
import dev.ibtrading.testsupport.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report of a real comparison replay ({@link ComparisonReplay}) as a browser shows it: rendered
 * by headless Chromium from the file alone, the benchmark's line is drawn across the equity chart
 * and the first set's drawdown area fills the chart below it. The screenshot and the replay's files
 * stay in {@code target/replay-report/}.
 */
class ReplayReportPageTests {
  static final Path OUTPUT = Path.of("target", "replay-report");
  private static final int WIDTH = 1100;
  private static final int HEIGHT = 1100;

  /** The benchmark's colour, {@code ReportHtml.BENCHMARK_COLOUR}. */
  private static final int BENCHMARK_ORANGE = 0xe16f24;

  /** The first set's colour #0969da at the drawdown area's opacity 0.3, over white. */
  private static final int[] DRAWDOWN_FILL = {181, 210, 244};

  private static final int UNDERWATER_HEIGHT = 200;
  private static final int AREA_ROW_PIXELS = 20;

  @Test
  void theReportHasOneColumnPerSetAndTheirLinesTogetherWithTheBenchmark() {
    String report = ComparisonReplay.get().report();

    assertThat(report).contains("<th>level</th><th>crossover</th><th>SPY (benchmark)</th>");
    String equityChart =
        report.substring(report.indexOf("Equity (USD)"), report.indexOf("Drawdown"));
    Matcher lines = Pattern.compile("<polyline[^>]*stroke=\"(#[0-9a-f]{6})\"").matcher(equityChart);
    StringBuilder colours = new StringBuilder();
    while (lines.find()) {
      colours.append(lines.group(1)).append(' ');
    }
    assertThat(colours.toString().strip()).isEqualTo("#0969da #8250df #e16f24");
    assertThat(report)
        .contains(
            "replay/crossover.properties: strategies.spymacdvixy.allow-short=true"
                + " strategies.spymacdvixy.mode=crossover")
        .contains("IB tiered: USD 0.0035 to 0.0005 a share by monthly volume")
        .contains("2 bps on market orders")
        .contains("4 % a year");
  }

  @Test
  @ExtendWith(ChromiumSupport.class)
  void chromiumDrawsTheBenchmarkLineAndTheDrawdownChart() throws IOException {
    Path file = ComparisonReplay.get().out.resolve(ReplayFiles.REPORT);

    Path png =
        HeadlessChromium.screenshot(file.toUri(), OUTPUT.resolve("report.png"), WIDTH, HEIGHT);

    BufferedImage image = ImageIO.read(png.toFile());
    // Rows where the area is drawn have many pixels of its colour; an anti-aliased edge of the
    // same blue elsewhere has a few.
    int fillTop = Integer.MAX_VALUE;
    int fillBottom = -1;
    BitSet fillColumns = new BitSet();
    for (int y = 0; y < image.getHeight(); y++) {
      BitSet row = new BitSet();
      for (int x = 0; x < image.getWidth(); x++) {
        if (near(image.getRGB(x, y), DRAWDOWN_FILL)) {
          row.set(x);
        }
      }
      if (row.cardinality() >= AREA_ROW_PIXELS) {
        fillTop = Math.min(fillTop, y);
        fillBottom = Math.max(fillBottom, y);
        fillColumns.or(row);
      }
    }
    assertThat(fillColumns.cardinality())
        .as("columns of the first set's drawdown area")
        .isGreaterThan(100);
    assertThat(fillBottom - fillTop)
        .as("the drawdown area stays within its chart")
        .isLessThan(UNDERWATER_HEIGHT);
    BitSet benchmarkColumns = new BitSet();
    for (int y = 0; y < fillTop; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == BENCHMARK_ORANGE) {
          benchmarkColumns.set(x);
        }
      }
    }
    assertThat(benchmarkColumns.cardinality())
        .as("columns of the benchmark's line above the drawdown chart (its legend has 22)")
        .isGreaterThan(400);
  }

  private static boolean near(int rgb, int[] expected) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return Math.abs(r - expected[0]) <= 2
        && Math.abs(g - expected[1]) <= 2
        && Math.abs(b - expected[2]) <= 2;
  }
}
