package dev.ibtrading.replay;

import dev.ibtrading.cli.CommandLine;
import dev.ibtrading.cli.CommandOption;
import dev.ibtrading.cli.UsageException;
import dev.ibtrading.paper.CommissionSchedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code replay} command line.
 *
 * @param from first day replayed (New York date)
 * @param to last day replayed, inclusive
 * @param bars the paper gateway's daily bars ({@code symbol,date,open,high,low,close,volume}, one
 *     file, any number of symbols)
 * @param jobs the scheduler jobs file
 * @param scenario the jobs file's scenario; null for its default (a replay resolves it to its name)
 * @param out where the outcomes, executions, summary and chart go
 * @param cash the paper account's starting cash, in USD
 * @param settings the settings sets to replay and compare, in order; {@link SettingsSet#WORKER}
 *     alone unless {@code --settings} is given
 * @param benchmark the symbol of the bars file bought and held for comparison
 * @param riskFreeRate annual risk-free rate of the Sharpe and Sortino ratios (0.04 is 4 %)
 * @param commission how the paper gateway charges executions
 * @param slippageBps market orders fill this many basis points worse than the bar's price
 * @param help {@code --help} was given: print {@link #usage()} and do nothing else
 */
record ReplayOptions(
    LocalDate from,
    LocalDate to,
    Path bars,
    Path jobs,
    String scenario,
    Path out,
    double cash,
    List<SettingsSet> settings,
    String benchmark,
    double riskFreeRate,
    CommissionSchedule commission,
    double slippageBps,
    boolean help) {
  static final Path DEFAULT_JOBS = Path.of("scheduler/jobs.yaml");
  static final Path DEFAULT_OUT = Path.of("target/replay");
  static final double DEFAULT_CASH = 100_000;
  static final String DEFAULT_BENCHMARK = "SPY";
  static final CommissionSchedule DEFAULT_COMMISSION = CommissionSchedule.IB_FIXED;
  static final double DEFAULT_SLIPPAGE_BPS = 1;

  private enum Flag implements CommandOption {
    FROM("--from", "DATE", "a date yyyy-MM-dd", "first day to replay (required)"),
    TO("--to", "DATE", "a date yyyy-MM-dd", "last day to replay, inclusive (required)"),
    BARS("--bars", "FILE.csv", "a CSV file", "daily bars: symbol,date,open,high,low,close,volume"),
    JOBS("--jobs", "FILE", "a jobs file", "scheduler jobs (" + DEFAULT_JOBS + ")"),
    SCENARIO("--scenario", "NAME", "a scenario name", "scenario of the jobs file (its default)"),
    OUT("--out", "DIR", "a directory", "output directory (" + DEFAULT_OUT + ")"),
    CASH("--cash", "USD", "an amount in USD > 0", "starting cash of the paper account (100000)"),
    SETTINGS(
        "--settings",
        "[NAME=]FILE",
        "a .properties file of worker settings",
        "worker settings to replay; repeat it to compare sets side by side"),
    BENCHMARK(
        "--benchmark",
        "SYMBOL",
        "a symbol of the bars file",
        "bought and held from the same start value (" + DEFAULT_BENCHMARK + ")"),
    RISK_FREE(
        "--risk-free-rate",
        "RATE",
        "an annual rate from 0 to 1, 0.04 for 4 %",
        "for the Sharpe and Sortino ratios (0)"),
    COMMISSION(
        "--commission",
        "SCHEDULE",
        "ib-fixed, ib-tiered or per-share",
        "IB's US stock schedule, or the paper gateway's per-share one (ib-fixed)"),
    SLIPPAGE(
        "--slippage-bps", "BPS", "a number of basis points >= 0", "market orders' slippage (1)"),
    HELP("--help", null, null, "print this help");

    private final Spec spec;

    Flag(String flag, String valueName, String expected, String description) {
      this.spec = new Spec(flag, valueName, expected, description);
    }

    @Override
    public Spec spec() {
      return spec;
    }
  }

  static ReplayOptions parse(List<String> args) throws UsageException {
    List<String> rest = new ArrayList<>();
    List<String> settingsGiven = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      // The one option that may repeat: each --settings is one set of the comparison.
      if (args.get(i).equals(Flag.SETTINGS.spec().flag())
          && i + 1 < args.size()
          && !args.get(i + 1).startsWith("--")) {
        settingsGiven.add(args.get(++i));
      } else {
        rest.add(args.get(i));
      }
    }
    Map<Flag, String> given = CommandLine.parse(rest, Flag.class);
    if (given.containsKey(Flag.HELP)) {
      return new ReplayOptions(
          null,
          null,
          null,
          null,
          null,
          null,
          DEFAULT_CASH,
          List.of(),
          DEFAULT_BENCHMARK,
          0,
          DEFAULT_COMMISSION,
          DEFAULT_SLIPPAGE_BPS,
          true);
    }
    LocalDate from = date(Flag.FROM, required(given, Flag.FROM));
    LocalDate to = date(Flag.TO, required(given, Flag.TO));
    if (to.isBefore(from)) {
      throw new UsageException(
          "--to " + to + " is before --from " + from + " (expected: on or after)");
    }
    Path bars = file(Flag.BARS, required(given, Flag.BARS));
    Path jobs = file(Flag.JOBS, given.getOrDefault(Flag.JOBS, DEFAULT_JOBS.toString()));
    Path out = Path.of(given.getOrDefault(Flag.OUT, DEFAULT_OUT.toString()));
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out " + out + ": not a directory (expected: a directory)");
    }
    double cash = cash(given.get(Flag.CASH));
    String benchmark =
        given.getOrDefault(Flag.BENCHMARK, DEFAULT_BENCHMARK).strip().toUpperCase(Locale.ROOT);
    double riskFree = between(Flag.RISK_FREE, given.get(Flag.RISK_FREE), 0, 0, 1);
    String scheduleName = given.getOrDefault(Flag.COMMISSION, DEFAULT_COMMISSION.wireName());
    CommissionSchedule commission =
        CommissionSchedule.byName(scheduleName)
            .orElseThrow(() -> CommandLine.invalid(Flag.COMMISSION, scheduleName));
    double slippage =
        between(Flag.SLIPPAGE, given.get(Flag.SLIPPAGE), DEFAULT_SLIPPAGE_BPS, 0, 10_000);
    return new ReplayOptions(
        from,
        to,
        bars,
        jobs,
        given.get(Flag.SCENARIO),
        out,
        cash,
        settings(settingsGiven),
        benchmark,
        riskFree,
        commission,
        slippage,
        false);
  }

  ReplayOptions withScenario(String name) {
    return new ReplayOptions(
        from,
        to,
        bars,
        jobs,
        name,
        out,
        cash,
        settings,
        benchmark,
        riskFreeRate,
        commission,
        slippageBps,
        help);
  }

  /** These options for one of the sets: its output directory, itself alone. */
  ReplayOptions forSet(SettingsSet set, Path setOut) {
    return new ReplayOptions(
        from,
        to,
        bars,
        jobs,
        scenario,
        setOut,
        cash,
        List.of(set),
        benchmark,
        riskFreeRate,
        commission,
        slippageBps,
        help);
  }

  /** The one set of options made {@link #forSet for a set}. */
  SettingsSet set() {
    return settings.get(0);
  }

  private static List<SettingsSet> settings(List<String> given) throws UsageException {
    if (given.isEmpty()) {
      return List.of(SettingsSet.WORKER);
    }
    List<SettingsSet> sets = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String value : given) {
      SettingsSet set = SettingsSet.parse(value);
      if (!names.add(set.name())) {
        throw new UsageException(
            "--settings "
                + value
                + ": the name "
                + set.name()
                + " is taken (expected: NAME=FILE"
                + " with a name of its own)");
      }
      sets.add(set);
    }
    return List.copyOf(sets);
  }

  /** {@code value} as a number from {@code min} to {@code max}; {@code absent} if not given. */
  private static double between(Flag flag, String value, double absent, double min, double max)
      throws UsageException {
    if (value == null) {
      return absent;
    }
    try {
      double number = Double.parseDouble(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // invalid, below
    }
    throw CommandLine.invalid(flag, value);
  }

  static String usage() {
    return CommandLine.usage(
        "Usage: java -jar ib-trading.jar replay --from DATE --to DATE --bars FILE.csv"
            + " [options]\n"
            + "Runs the scheduled jobs over past trading days on a virtual clock, through the"
            + " worker's handlers\nagainst a paper gateway replaying the bars; writes"
            + " outcomes.jsonl, executions.jsonl,\nsummary.json and report.html (against a"
            + " benchmark; several --settings side by side).\n",
        Flag.class,
        22);
  }

  private static String required(Map<Flag, String> given, Flag flag) throws UsageException {
    String value = given.get(flag);
    if (value == null) {
      throw new UsageException(
          flag.spec().flag() + " is missing (expected: " + flag.spec().expected() + ")");
    }
    return value;
  }

  private static LocalDate date(Flag flag, String value) throws UsageException {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw CommandLine.invalid(flag, value);
    }
  }

  private static Path file(Flag flag, String value) throws UsageException {
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      throw new UsageException(
          flag.spec().flag()
              + " "
              + value
              + ": no such file (expected: "
              + flag.spec().expected()
              + ")");
    }
    return path;
  }

  private static double cash(String value) throws UsageException {
    if (value == null) {
      return DEFAULT_CASH;
    }
    double cash;
    try {
      cash = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw CommandLine.invalid(Flag.CASH, value);
    }
    if (!(cash > 0) || Double.isInfinite(cash)) {
      throw CommandLine.invalid(Flag.CASH, value);
    }
    return cash;
  }
}
