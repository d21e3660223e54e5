package dev.ibtrading.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ibtrading.testsupport.FuzzSeed;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A whole year of the default scenario (one allocation after each close, its market orders filled
 * at the next open) over generated SPY and VIXY bars: it completes, with one run per NYSE session
 * of 2024, fills at the open, and executions that account for the final equity.
 */
class ReplayYearTests {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** NYSE's 2024 weekday holidays after 2 January, as the exchange published them. */
  private static final List<LocalDate> HOLIDAYS_2024 =
      List.of(
          LocalDate.of(2024, 1, 15),
          LocalDate.of(2024, 2, 19),
          LocalDate.of(2024, 3, 29),
          LocalDate.of(2024, 5, 27),
          LocalDate.of(2024, 6, 19),
          LocalDate.of(2024, 7, 4),
          LocalDate.of(2024, 9, 2),
          LocalDate.of(2024, 11, 28),
          LocalDate.of(2024, 12, 25));

  @TempDir Path dir;

  @Test
  void aYearOfDailyAllocationsCompletes() throws IOException {
    long seed = FuzzSeed.get();
    Map<String, Map<LocalDate, double[]>> bars = new HashMap<>();
    Path barsFile = writeBars(seed, bars);
    Path out = dir.resolve("out");

    ReplayUsageTests.Run run =
        ReplayUsageTests.run(
            List.of(
                "--from",
                "2024-01-02",
                "--to",
                "2024-12-31",
                "--bars",
                barsFile.toString(),
                "--jobs",
                ReplayCommandTests.JOBS,
                "--out",
                out.toString()));

    assertThat(run.code()).as("seed %d; standard error: %s", seed, run.err()).isZero();
    ReplayOutput output = ReplayOutput.read(out);
    assertThat(output.summary().path("scenario").asString())
        .as("the jobs file's default scenario, by name")
        .isEqualTo("a");
    assertThat(output.summary().path("tradingDays").intValue()).isEqualTo(252);
    assertThat(output.summary().path("closedWeekdays").values())
        .extracting(JsonNode::asString)
        .containsExactlyElementsOf(HOLIDAYS_2024.stream().map(LocalDate::toString).toList());
    assertThat(output.outcomes()).hasSize(252);
    assertThat(output.outcomes())
        .allSatisfy(o -> assertThat(o.path("intent").asString()).isEqualTo("allocation"))
        .allSatisfy(
            o ->
                assertThat(o.path("status").asString())
                    .as("%s: %s", o.path("runId").asString(), o.path("errors"))
                    .isIn("ok", "partial"));
    assertThat(output.equity()).hasSize(252);
    assertThat(output.executions()).as("seed %d: the strategy trades", seed).isNotEmpty();

    BigDecimal cash = output.summary().path("startingCash").decimalValue();
    Map<String, BigDecimal> held = new HashMap<>();
    for (JsonNode e : output.executions()) {
      // Orders placed after a close wait for the next open.
      assertThat(Instant.parse(e.path("time").asString()).atZone(NEW_YORK).toLocalTime())
          .isEqualTo(LocalTime.of(9, 30));
      BigDecimal shares = e.path("shares").decimalValue();
      BigDecimal signed = e.path("side").asString().equals("BUY") ? shares : shares.negate();
      cash =
          cash.subtract(signed.multiply(e.path("price").decimalValue()))
              .subtract(e.path("commission").decimalValue());
      held.merge(e.path("symbol").asString(), signed, BigDecimal::add);
    }
    double value = cash.doubleValue();
    LocalDate last = LocalDate.of(2024, 12, 31);
    for (Map.Entry<String, BigDecimal> position : held.entrySet()) {
      value += position.getValue().doubleValue() * bars.get(position.getKey()).get(last)[3];
    }
    assertThat(output.summary().path("finalEquity").doubleValue())
        .as("seed %d", seed)
        .isCloseTo(value, within(0.01));
  }

  /**
   * Random walks of SPY (from 470) and VIXY (from 15) with open, high, low and close per NYSE
   * session of 2023 and 2024 (weekdays without the 2024 holidays; 2023 only warms the strategy up).
   */
  private Path writeBars(long seed, Map<String, Map<LocalDate, double[]>> bars) throws IOException {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("symbol,date,open,high,low,close,volume\n");
    Map<String, Double> last = new HashMap<>(Map.of("SPY", 470.0, "VIXY", 15.0));
    Set<LocalDate> holidays = Set.copyOf(HOLIDAYS_2024);
    for (LocalDate day = LocalDate.of(2023, 1, 2);
        !day.isAfter(LocalDate.of(2024, 12, 31));
        day = day.plusDays(1)) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY
          || day.getDayOfWeek() == DayOfWeek.SUNDAY
          || holidays.contains(day)) {
        continue;
      }
      for (String symbol : List.of("SPY", "VIXY")) {
        double open = round(last.get(symbol) * (1 + random.nextGaussian() * 0.003));
        double close = round(open * (1 + random.nextGaussian() * 0.01));
        double high = round(Math.max(open, close) * (1 + random.nextDouble() * 0.004));
        double low = round(Math.min(open, close) * (1 - random.nextDouble() * 0.004));
        bars.computeIfAbsent(symbol, s -> new HashMap<>())
            .put(day, new double[] {open, high, low, close});
        csv.append(
            String.format(
                Locale.ROOT,
                "%s,%s,%.2f,%.2f,%.2f,%.2f,1000000%n",
                symbol,
                day,
                open,
                high,
                low,
                close));
        last.put(symbol, close);
      }
    }
    Path file = dir.resolve("bars.csv");
    Files.writeString(file, csv);
    return file;
  }

  private static double round(double price) {
    return Math.round(price * 100) / 100.0;
  }
}
