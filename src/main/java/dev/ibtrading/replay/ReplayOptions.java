package dev.ibtrading.replay;

import dev.ibtrading.cli.CommandLine;
import dev.ibtrading.cli.CommandOption;
import dev.ibtrading.cli.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

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
    boolean help) {
  static final Path DEFAULT_JOBS = Path.of("scheduler/jobs.yaml");
  static final Path DEFAULT_OUT = Path.of("target/replay");
  static final double DEFAULT_CASH = 100_000;

  private enum Flag implements CommandOption {
    FROM("--from", "DATE", "a date yyyy-MM-dd", "first day to replay (required)"),
    TO("--to", "DATE", "a date yyyy-MM-dd", "last day to replay, inclusive (required)"),
    BARS("--bars", "FILE.csv", "a CSV file", "daily bars: symbol,date,open,high,low,close,volume"),
    JOBS("--jobs", "FILE", "a jobs file", "scheduler jobs (" + DEFAULT_JOBS + ")"),
    SCENARIO("--scenario", "NAME", "a scenario name", "scenario of the jobs file (its default)"),
    OUT("--out", "DIR", "a directory", "output directory (" + DEFAULT_OUT + ")"),
    CASH("--cash", "USD", "an amount in USD > 0", "starting cash of the paper account (100000)"),
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
    Map<Flag, String> given = CommandLine.parse(args, Flag.class);
    if (given.containsKey(Flag.HELP)) {
      return new ReplayOptions(null, null, null, null, null, null, DEFAULT_CASH, true);
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
    return new ReplayOptions(from, to, bars, jobs, given.get(Flag.SCENARIO), out, cash, false);
  }

  ReplayOptions withScenario(String name) {
    return new ReplayOptions(from, to, bars, jobs, name, out, cash, help);
  }

  static String usage() {
    return CommandLine.usage(
        "Usage: java -jar ib-trading.jar replay --from DATE --to DATE --bars FILE.csv"
            + " [options]\n"
            + "Runs the scheduled jobs over past trading days on a virtual clock, through the"
            + " worker's handlers\nagainst a paper gateway replaying the bars; writes"
            + " outcomes.jsonl, executions.jsonl,\nsummary.json and equity.html.\n",
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
