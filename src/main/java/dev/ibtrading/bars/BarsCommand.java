package dev.ibtrading.bars;

import dev.ibtrading.cli.UsageException;
import dev.ibtrading.ib.HistoricalBarsRequest;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbException;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar ib-trading.jar bars --from DATE --to DATE --symbols SPY,VIXY --out bars.csv}:
 * connects to a gateway as the worker would ({@link BarsOptions}), downloads the daily bars ({@link
 * BarsDownload}) and writes them as the paper gateway's CSV ({@link BarsCsv}). Progress and waits
 * go to standard error, one summary line to standard output. A session lost during the download is
 * brought back by the client's reconnector and the download goes on ({@link SessionRecovery}). Exit
 * codes: 0 done, 1 failed (gateway unreachable at the start, a contract unknown, pacing refusals or
 * lost sessions outlasting the retries; no file is written then), 2 usage error.
 */
public final class BarsCommand {
  /** The first argument that selects this command. */
  public static final String NAME = "bars";

  static final int USAGE_ERROR = 2;
  static final int FAILED = 1;
  private static final String LOG_CONFIG_PROPERTY = "logback.configurationFile";

  private BarsCommand() {}

  /** Runs the command; {@code args} are the arguments after {@value #NAME}. */
  public static void main(String[] args) {
    if (System.getProperty(LOG_CONFIG_PROPERTY) == null) {
      // before the first logger exists: the client's logs at WARN, to standard error
      System.setProperty(LOG_CONFIG_PROPERTY, "dev/ibtrading/bars/bars-logback.xml");
      LoggerFactory.getLogger(BarsCommand.class);
      System.clearProperty(LOG_CONFIG_PROPERTY);
    }
    System.exit(
        run(
            Arrays.asList(args),
            System.getenv(),
            System.out,
            System.err,
            PacingClock.SYSTEM,
            Clock.systemUTC(),
            HistoricalBarsRequest.MAX_DAYS));
  }

  /**
   * Parses and runs; for tests and {@link #main}.
   *
   * @param environment where the worker's gateway settings are read ({@code IB_GATEWAY_PORT}, ...)
   * @param clock keeps the pacing rules and waits
   * @param wall today's date and time
   * @param daysPerRequest calendar days per request; {@value HistoricalBarsRequest#MAX_DAYS} but in
   *     tests that want several requests from a short file
   * @return the exit code
   */
  public static int run(
      List<String> args,
      Map<String, String> environment,
      PrintStream out,
      PrintStream err,
      PacingClock clock,
      Clock wall,
      int daysPerRequest) {
    BarsOptions options;
    try {
      options = BarsOptions.parse(args, environment);
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage());
      err.print(BarsOptions.usage());
      return USAGE_ERROR;
    }
    if (options.help()) {
      out.print(BarsOptions.usage());
      return 0;
    }
    String gateway = options.host() + ":" + options.port();
    try (IbClient client =
        new IbClient(
            options
                .ib()
                .toSettings(options.host(), options.port())
                .withClientId(options.clientId()))) {
      err.println(NAME + ": connecting to " + gateway + " as client " + options.clientId());
      client.connect();
      // From here on the client's connector brings a lost session back; the download waits for it.
      client.start();
      SessionRecovery recovery =
          new SessionRecovery(client, err, SessionRecovery.RECONNECT_TIMEOUT);
      BarsResult result =
          new BarsDownload(client, clock, wall, err, recovery, daysPerRequest)
              .download(options.symbols(), options.from(), options.to());
      BarsCsv.write(options.out(), result.bars());
      out.println(summary(options, result));
      out.flush();
      return 0;
    } catch (IbException e) {
      err.println(NAME + ": failed: " + e.getMessage() + " (gateway " + gateway + ")");
      return FAILED;
    } catch (IOException e) {
      err.println(NAME + ": cannot write " + options.out() + ": " + e.getMessage());
      return FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println(NAME + ": interrupted");
      return FAILED;
    }
  }

  private static String summary(BarsOptions options, BarsResult result) {
    return NAME
        + " "
        + options.from()
        + ".."
        + options.to()
        + ": "
        + result.bars().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().size() + " bars")
            .collect(Collectors.joining(", "))
        + " -> "
        + options.out()
        + " ("
        + result.requests()
        + " requests, "
        + result.pacingViolations()
        + " pacing refusals, "
        + result.waits().size()
        + " waits, "
        + result.waited().toSeconds()
        + " s waited"
        + (result.lostSessions() == 0 ? "" : ", " + result.lostSessions() + " lost sessions")
        + ")";
  }
}
