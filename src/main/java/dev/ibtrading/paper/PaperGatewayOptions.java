package dev.ibtrading.paper;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.NestedExceptionUtils;

/**
 * The {@code paper-gateway} command line, parsed into the listening host and the same {@link
 * PaperGatewayProperties} the embedded gateway binds, so both take one set of defaults.
 *
 * @param host address to listen on
 * @param paper the gateway's settings
 * @param help {@code --help} was given: print {@link #usage()} and do nothing else
 */
record PaperGatewayOptions(String host, PaperGatewayProperties paper, boolean help) {
  static final int DEFAULT_PORT = 4002;

  /** One option: its flag, the property it sets ({@code null} for host), what its value is. */
  private enum Flag {
    PORT("--port", "port", "N", "a port number 0-65535", "TCP port; 0 picks a free one (4002)"),
    HOST("--host", null, "ADDRESS", "an address", "address to listen on (127.0.0.1)"),
    ACCOUNT("--account", "account", "ID", "an account id", "simulated account id (DU0000001)"),
    CASH("--cash", "cash", "USD", "an amount in USD", "starting cash of a new account (100000)"),
    BARS("--bars", "bars-file", "FILE.csv", "a CSV file", "daily bars to replay"),
    SEED("--seed", "seed", "N", "a whole number", "seed of the price model (42)"),
    ALWAYS_OPEN("--always-open", "always-open", null, null, "market open at any hour"),
    STATE("--state", "state-file", "FILE", "a file path", "restore and save the account here"),
    SLIPPAGE("--slippage-bps", "slippage-bps", "BPS", "a number", "market order slippage (1)"),
    COMMISSION(
        "--commission-per-share", "commission-per-share", "USD", "a number", "per share (0.005)"),
    MIN_COMMISSION("--min-commission", "min-commission", "USD", "a number", "per execution (1.0)"),
    FILL_DELAY(
        "--fill-delay", "fill-delay", "DURATION", "a duration like 500ms", "order to fill (0s)"),
    HELP("--help", null, null, null, "print this help");

    final String flag;
    final String property;
    final String valueName;
    final String expected;
    final String description;

    Flag(String flag, String property, String valueName, String expected, String description) {
      this.flag = flag;
      this.property = property;
      this.valueName = valueName;
      this.expected = expected;
      this.description = description;
    }

    static Flag of(String arg) throws UsageException {
      for (Flag f : values()) {
        if (f.flag.equals(arg)) {
          return f;
        }
      }
      throw new UsageException(
          "unknown option "
              + arg
              + " (expected one of: "
              + Arrays.stream(values()).map(f -> f.flag).collect(Collectors.joining(", "))
              + ")");
    }
  }

  /** The command line is wrong; the message says which argument and what was expected. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  static PaperGatewayOptions parse(List<String> args) throws UsageException {
    Map<String, String> properties = new HashMap<>();
    Map<Flag, String> given = new HashMap<>();
    properties.put("ib.paper.port", String.valueOf(DEFAULT_PORT));
    String host = PaperGatewayProperties.LOOPBACK;
    for (int i = 0; i < args.size(); i++) {
      Flag flag = Flag.of(args.get(i));
      if (given.containsKey(flag)) {
        throw new UsageException(flag.flag + " given twice");
      }
      String value = "true";
      if (flag.valueName != null) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
          throw new UsageException(flag.flag + " needs a value (" + flag.expected + ")");
        }
        value = args.get(++i);
      }
      given.put(flag, value);
      if (flag == Flag.HOST) {
        host = value;
      } else if (flag.property != null) {
        properties.put("ib.paper." + flag.property, value);
      }
    }
    if (given.containsKey(Flag.HELP)) {
      return new PaperGatewayOptions(host, PaperGatewayProperties.defaults(), true);
    }
    PaperGatewayProperties paper = bind(properties, given);
    check(paper, given);
    return new PaperGatewayOptions(host, paper, false);
  }

  static String usage() {
    StringBuilder text =
        new StringBuilder(
            "Usage: java -jar ib-trading.jar paper-gateway [options]\n"
                + "Runs a paper gateway (a TWS API server trading a simulated account) until"
                + " killed.\n");
    for (Flag f : Flag.values()) {
      String left = f.flag + (f.valueName == null ? "" : " " + f.valueName);
      text.append(String.format("  %-32s %s%n", left, f.description));
    }
    return text.toString();
  }

  PaperGatewayConfig toConfig() {
    return paper.toConfig(host);
  }

  private static PaperGatewayProperties bind(
      Map<String, String> properties, Map<Flag, String> given) throws UsageException {
    try {
      return new Binder(new MapConfigurationPropertySource(properties))
          .bindOrCreate("ib.paper", PaperGatewayProperties.class);
    } catch (BindException e) {
      for (Flag f : given.keySet()) {
        if (f.property != null
            && ConfigurationPropertyName.of("ib.paper." + f.property).equals(e.getName())) {
          throw invalid(f, given.get(f));
        }
      }
      throw new UsageException(
          "invalid options: " + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
    }
  }

  private static void check(PaperGatewayProperties paper, Map<Flag, String> given)
      throws UsageException {
    if (paper.port() < 0 || paper.port() > 65535) {
      throw invalid(Flag.PORT, given.get(Flag.PORT));
    }
    if (paper.cash() < 0) {
      throw invalid(Flag.CASH, given.get(Flag.CASH));
    }
    if (paper.barsFile() != null && !Files.isRegularFile(paper.barsFile())) {
      throw new UsageException(Flag.BARS.flag + " " + paper.barsFile() + ": no such file");
    }
  }

  private static UsageException invalid(Flag flag, String value) {
    return new UsageException(
        flag.flag + " " + value + ": invalid (expected: " + flag.expected + ")");
  }
}
