package dev.ibtrading.paper;

import dev.ibtrading.cli.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar ib-trading.jar paper-gateway [options]}: runs a paper gateway on its own,
 * without a Spring context, until killed. It prints exactly one line to standard output once it
 * listens, for scripts to wait on; logs go to standard error. A shutdown hook closes it and saves
 * its state.
 */
public final class PaperGatewayCommand {
  /** The first argument that selects this command. */
  public static final String NAME = "paper-gateway";

  private static final String LOG_CONFIG_PROPERTY = "logback.configurationFile";
  private static final int USAGE_ERROR = 2;
  private static final int START_ERROR = 1;

  private PaperGatewayCommand() {}

  /** Runs the command; {@code args} are the arguments after {@value #NAME}. Returns when killed. */
  public static void main(String[] args) throws InterruptedException {
    if (System.getProperty(LOG_CONFIG_PROPERTY) == null) {
      // before the first logger exists: keep standard output for the one "listening" line
      System.setProperty(LOG_CONFIG_PROPERTY, "dev/ibtrading/paper/paper-gateway-logback.xml");
    }
    PaperGatewayOptions options;
    try {
      options = PaperGatewayOptions.parse(Arrays.asList(args));
    } catch (UsageException e) {
      System.err.println(NAME + ": " + e.getMessage());
      System.err.print(PaperGatewayOptions.usage());
      System.exit(USAGE_ERROR);
      return;
    }
    if (options.help()) {
      System.out.print(PaperGatewayOptions.usage());
      return;
    }
    PersistentPaperGateway running;
    try {
      running = start(options, System.out);
    } catch (IOException | RuntimeException e) {
      System.err.println(NAME + ": cannot start: " + e.getMessage());
      System.exit(START_ERROR);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, NAME + "-shutdown"));
    new CountDownLatch(1).await(); // until the JVM is stopped
  }

  /** Parses, starts and announces; for tests and embedding. */
  static PersistentPaperGateway start(List<String> args, PrintStream out)
      throws UsageException, IOException {
    return start(PaperGatewayOptions.parse(args), out);
  }

  /**
   * Starts the gateway and prints the listening line, e.g. {@code paper-gateway listening on
   * 127.0.0.1:4002 account DU0000001}.
   */
  static PersistentPaperGateway start(PaperGatewayOptions options, PrintStream out)
      throws IOException {
    PersistentPaperGateway running =
        PersistentPaperGateway.start(options.toConfig(), PaperClock.system());
    PaperGateway gateway = running.gateway();
    out.println(
        NAME
            + " listening on "
            + gateway.config().host()
            + ":"
            + gateway.port()
            + " account "
            + gateway.config().account());
    out.flush();
    return running;
  }
}
