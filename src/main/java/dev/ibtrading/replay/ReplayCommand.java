package dev.ibtrading.replay;

import dev.ibtrading.cli.UsageException;
import dev.ibtrading.paper.BarsFileCloses;
import dev.ibtrading.replay.report.Report;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar ib-trading.jar replay --from DATE --to DATE --bars FILE.csv [options]}: replays
 * the scheduled jobs over past days ({@link Replay}), once per settings set, and writes the
 * outcomes, executions, a summary and a report against a benchmark ({@link ReplayFiles}). The
 * summary goes to standard output, logs (warnings only) to standard error. Exit codes: 0 done, 1
 * the replay failed, 2 usage error.
 */
public final class ReplayCommand {
  /** The first argument that selects this command. */
  public static final String NAME = "replay";

  static final int USAGE_ERROR = 2;
  static final int FAILED = 1;
  private static final String LOG_CONFIG_PROPERTY = "logback.configurationFile";
  private static final String LOG_CONFIG = "dev/ibtrading/replay/replay-logback.xml";

  private ReplayCommand() {}

  /** Runs the command; {@code args} are the arguments after {@value #NAME}. */
  public static void main(String[] args) {
    if (System.getProperty(LOG_CONFIG_PROPERTY) == null) {
      // before the first logger exists: keep standard output for the summary
      System.setProperty(LOG_CONFIG_PROPERTY, LOG_CONFIG);
      LoggerFactory.getLogger(ReplayCommand.class); // configures logback from it, once
      System.clearProperty(LOG_CONFIG_PROPERTY); // Spring Boot warns about it otherwise
    }
    int code = run(Arrays.asList(args), System.out, System.err, "classpath:" + LOG_CONFIG);
    System.exit(code);
  }

  /**
   * Parses and runs; for tests and {@link #main}.
   *
   * @param logConfig the worker's logback configuration, or null to keep the current one
   * @return the exit code
   */
  static int run(List<String> args, PrintStream out, PrintStream err, String logConfig) {
    ReplayOptions options;
    try {
      options = ReplayOptions.parse(args);
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage());
      err.print(ReplayOptions.usage());
      return USAGE_ERROR;
    }
    if (options.help()) {
      out.print(ReplayOptions.usage());
      return 0;
    }
    try {
      if (BarsFileCloses.of(options.bars(), options.benchmark()).isEmpty()) {
        err.println(
            NAME
                + ": --benchmark "
                + options.benchmark()
                + ": no bars of it in "
                + options.bars()
                + " (expected: a symbol of the bars file)");
        return USAGE_ERROR;
      }
      List<ReplayResult> results = new ArrayList<>();
      boolean several = options.settings().size() > 1;
      for (SettingsSet set : options.settings()) {
        Path setOut = several ? options.out().resolve(set.name()) : options.out();
        results.add(Replay.run(options.forSet(set, setOut), logConfig));
      }
      Report report = ReplayReport.of(options, results, ReplayCosts.of(options));
      ReplayFiles.write(options.out(), results, report);
      out.print(ReplayFiles.text(options.out(), results, report));
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      // a bad jobs file, scenario or bars file: the message names the file and the line
      err.println(NAME + ": " + e.getMessage());
      return USAGE_ERROR;
    } catch (IOException | RuntimeException e) {
      err.println(NAME + ": failed: " + e);
      return FAILED;
    }
  }
}
