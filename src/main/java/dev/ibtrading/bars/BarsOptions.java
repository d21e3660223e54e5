package dev.ibtrading.bars;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.cli.CommandLine;
import dev.ibtrading.cli.CommandOption;
import dev.ibtrading.cli.UsageException;
import dev.ibtrading.ib.IbProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The {@code bars} command line. The gateway is found as the worker finds it: {@code
 * IB_GATEWAY_HOST} (127.0.0.1), {@code IB_GATEWAY_PORT} (4002, or 4001 with {@code
 * TRADING_MODE=live}) and {@code IB_CLIENTID} (1) from the environment, bound to the worker's own
 * {@link IbProperties}; {@code --host}, {@code --port} and {@code --client-id} override them.
 *
 * @param from first day wanted (New York date)
 * @param to last day wanted, inclusive
 * @param symbols the symbols, upper case, each once, in the order given
 * @param out the CSV file written
 * @param ib the worker's gateway settings, for the timeouts
 * @param host gateway host
 * @param port gateway API port
 * @param clientId TWS API client id
 * @param help {@code --help} was given: print {@link #usage()} and do nothing else
 */
record BarsOptions(
    LocalDate from,
    LocalDate to,
    List<String> symbols,
    Path out,
    IbProperties ib,
    String host,
    int port,
    int clientId,
    boolean help) {
  private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9. ]{0,11}");

  private enum Flag implements CommandOption {
    FROM("--from", "DATE", "a date yyyy-MM-dd", "first day (required)"),
    TO("--to", "DATE", "a date yyyy-MM-dd", "last day, inclusive (required)"),
    SYMBOLS(
        "--symbols", "A,B", "symbols separated by commas", "US stocks, e.g. SPY,VIXY (required)"),
    OUT("--out", "FILE.csv", "a file path", "CSV written (required)"),
    HOST(
        "--host", "ADDRESS", "a host name or address", "gateway host (IB_GATEWAY_HOST, 127.0.0.1)"),
    PORT(
        "--port",
        "N",
        "a port number 1-65535",
        "gateway API port (IB_GATEWAY_PORT, 4002; 4001 if TRADING_MODE=live)"),
    CLIENT_ID(
        "--client-id",
        "N",
        "a whole number >= 0",
        "API client id (IB_CLIENTID, 1); not the running worker's"),
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

  /**
   * @param environment the process environment ({@code System.getenv()}), where the worker's
   *     gateway settings are read from
   */
  static BarsOptions parse(List<String> args, Map<String, String> environment)
      throws UsageException {
    Map<Flag, String> given = CommandLine.parse(args, Flag.class);
    if (given.containsKey(Flag.HELP)) {
      return new BarsOptions(null, null, List.of(), null, null, null, 0, 0, true);
    }
    LocalDate from = CommandLine.date(Flag.FROM, CommandLine.required(given, Flag.FROM));
    LocalDate to = CommandLine.date(Flag.TO, CommandLine.required(given, Flag.TO));
    if (to.isBefore(from)) {
      throw new UsageException(
          "--to " + to + " is before --from " + from + " (expected: on or after)");
    }
    List<String> symbols = symbols(CommandLine.required(given, Flag.SYMBOLS));
    Path out = Path.of(CommandLine.required(given, Flag.OUT));
    if (Files.isDirectory(out)) {
      throw new UsageException("--out " + out + ": a directory (expected: a file path)");
    }
    if (out.toAbsolutePath().getParent() != null
        && !Files.isDirectory(out.toAbsolutePath().getParent())) {
      throw new UsageException("--out " + out + ": its directory does not exist");
    }
    Binder worker =
        new Binder(
            ConfigurationPropertySources.from(
                new SystemEnvironmentPropertySource(
                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new HashMap<String, Object>(environment))));
    IbProperties ib;
    TradingMode mode;
    try {
      ib = worker.bindOrCreate("ib", IbProperties.class);
      mode = worker.bind("trading.mode", TradingMode.class).orElse(TradingMode.PAPER);
    } catch (BindException e) {
      throw new UsageException(
          "gateway settings in the environment: "
              + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
    }
    String host = given.getOrDefault(Flag.HOST, ib.gateway().host());
    int port =
        given.containsKey(Flag.PORT) ? number(Flag.PORT, 1, 65535, given) : ib.gatewayPort(mode);
    int clientId =
        given.containsKey(Flag.CLIENT_ID)
            ? number(Flag.CLIENT_ID, 0, Integer.MAX_VALUE, given)
            : ib.clientId();
    return new BarsOptions(from, to, symbols, out, ib, host, port, clientId, false);
  }

  static String usage() {
    return CommandLine.usage(
        "Usage: java -jar ib-trading.jar bars --from DATE --to DATE --symbols SPY,VIXY"
            + " --out FILE.csv [options]\n"
            + "Downloads daily bars (TRADES, regular trading hours, split- but not"
            + " dividend-adjusted) from a\nreal or paper gateway, at IB's historical-data pace,"
            + " into the CSV that replay --bars reads.\n",
        Flag.class,
        22);
  }

  private static List<String> symbols(String value) throws UsageException {
    List<String> symbols = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String symbol = part.strip().toUpperCase(Locale.ROOT);
      if (!SYMBOL.matcher(symbol).matches()) {
        throw new UsageException(
            "--symbols "
                + value
                + ": '"
                + part.strip()
                + "' is not a symbol (expected: e.g. SPY,VIXY)");
      }
      if (symbols.contains(symbol)) {
        throw new UsageException("--symbols " + value + ": " + symbol + " given twice");
      }
      symbols.add(symbol);
    }
    return List.copyOf(symbols);
  }

  private static int number(Flag flag, int min, int max, Map<Flag, String> given)
      throws UsageException {
    String value = given.get(flag);
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the usage error below
    }
    throw CommandLine.invalid(flag, value);
  }
}
