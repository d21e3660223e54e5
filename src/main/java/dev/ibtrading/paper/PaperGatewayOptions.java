package dev.ibtrading.paper;

import dev.ibtrading.cli.CommandLine;
import dev.ibtrading.cli.CommandOption;
import dev.ibtrading.cli.UsageException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private enum Flag implements CommandOption {
    PORT("--port", "port", "N", "a port number 0-65535", "TCP port; 0 picks a free one (4002)"),
    HOST("--host", null, "ADDRESS", "an address", "address to listen on (127.0.0.1)"),
    ACCOUNT("--account", "account", "ID", "an account id", "simulated account id (DU0000001)"),
    CASH(
        "--cash",
        "cash",
        "AMOUNT",
        "an amount in the account's currency",
        "starting cash of a new account, in --currency (100000)"),
    CURRENCY(
        "--currency",
        "currency",
        "CODE",
        "USD, EUR, GBP, CHF, JPY, CAD or AUD",
        "the account's base currency (USD)"),
    BARS("--bars", "bars-file", "FILE.csv", "a CSV file", "daily bars to replay"),
    SEED("--seed", "seed", "N", "a whole number", "seed of the price model (42)"),
    ALWAYS_OPEN("--always-open", "always-open", null, null, "market open at any hour"),
    STATE("--state", "state-file", "FILE", "a file path", "restore and save the account here"),
    SLIPPAGE("--slippage-bps", "slippage-bps", "BPS", "a number", "market order slippage (1)"),
    COMMISSION(
        "--commission-per-share", "commission-per-share", "USD", "a number", "per share (0.005)"),
    MIN_COMMISSION("--min-commission", "min-commission", "USD", "a number", "per execution (1.0)"),
    COMMISSION_SCHEDULE(
        "--commission-schedule",
        "commission-schedule",
        "NAME",
        "per-share, ib-fixed or ib-tiered",
        "per-share (the two above), or IB's ib-fixed or ib-tiered (per-share)"),
    FILL_DELAY(
        "--fill-delay", "fill-delay", "DURATION", "a duration like 500ms", "order to fill (0s)"),
    CASH_BALANCES(
        "--cash-balances",
        null,
        "CCY=AMOUNT,...",
        "currency=amount pairs like EUR=5000,GBP=250",
        "cash of a new account in other currencies than --currency (none)"),
    MARKET_DATA(
        "--market-data",
        "market-data",
        "MODE",
        "realtime, delayed or none",
        "realtime, delayed, or none: no subscriptions (realtime)"),
    ENFORCE_HISTORICAL_PACING(
        "--enforce-historical-pacing",
        "enforce-historical-pacing",
        null,
        null,
        "refuse historical requests that break IB's pacing rules (162)"),
    HELP("--help", null, null, null, "print this help");

    final String property;
    private final Spec spec;

    Flag(String flag, String property, String valueName, String expected, String description) {
      this.property = property;
      this.spec = new Spec(flag, valueName, expected, description);
    }

    @Override
    public Spec spec() {
      return spec;
    }
  }

  static PaperGatewayOptions parse(List<String> args) throws UsageException {
    Map<Flag, String> given = CommandLine.parse(args, Flag.class);
    Map<String, String> properties = new HashMap<>();
    properties.put("ib.paper.port", String.valueOf(DEFAULT_PORT));
    String host = given.getOrDefault(Flag.HOST, PaperGatewayProperties.LOOPBACK);
    given.forEach(
        (flag, value) -> {
          if (flag.property != null) {
            properties.put("ib.paper." + flag.property, value);
          }
        });
    if (given.containsKey(Flag.CASH_BALANCES)) {
      putCashBalances(given.get(Flag.CASH_BALANCES), properties);
    }
    if (given.containsKey(Flag.HELP)) {
      return new PaperGatewayOptions(host, PaperGatewayProperties.defaults(), true);
    }
    PaperGatewayProperties paper = bind(properties, given);
    check(paper, given);
    return new PaperGatewayOptions(host, paper, false);
  }

  static String usage() {
    return CommandLine.usage(
        "Usage: java -jar ib-trading.jar paper-gateway [options]\n"
            + "Runs a paper gateway (a TWS API server trading a simulated account) until"
            + " killed.\n",
        Flag.class,
        32);
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
      if (e.getName().toString().startsWith("ib.paper.cash-balances")) {
        throw CommandLine.invalid(Flag.CASH_BALANCES, given.get(Flag.CASH_BALANCES));
      }
      for (Flag f : given.keySet()) {
        if (f.property != null
            && ConfigurationPropertyName.of("ib.paper." + f.property).equals(e.getName())) {
          throw CommandLine.invalid(f, given.get(f));
        }
      }
      throw new UsageException(
          "invalid options: " + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
    }
  }

  /** {@code EUR=5000,GBP=250} as {@code ib.paper.cash-balances.eur=5000}, ... */
  private static void putCashBalances(String value, Map<String, String> properties)
      throws UsageException {
    for (String pair : value.split(",")) {
      String[] parts = pair.split("=", -1);
      if (parts.length != 2 || !parts[0].trim().matches("[A-Za-z]{3}")) {
        throw CommandLine.invalid(Flag.CASH_BALANCES, value);
      }
      properties.put(
          // Property names are lower case; the binding gives the codes back in upper case.
          "ib.paper.cash-balances." + parts[0].trim().toLowerCase(Locale.ROOT), parts[1].trim());
    }
  }

  private static void check(PaperGatewayProperties paper, Map<Flag, String> given)
      throws UsageException {
    if (paper.port() < 0 || paper.port() > 65535) {
      throw CommandLine.invalid(Flag.PORT, given.get(Flag.PORT));
    }
    if (paper.cash() < 0) {
      throw CommandLine.invalid(Flag.CASH, given.get(Flag.CASH));
    }
    if (!PaperFx.currencies().contains(paper.currency())) {
      throw CommandLine.invalid(Flag.CURRENCY, given.get(Flag.CURRENCY));
    }
    if (!paper.isCashBalancesValid()) {
      throw CommandLine.invalid(Flag.CASH_BALANCES, given.get(Flag.CASH_BALANCES));
    }
    if (paper.barsFile() != null && !Files.isRegularFile(paper.barsFile())) {
      throw new UsageException(Flag.BARS.spec().flag() + " " + paper.barsFile() + ": no such file");
    }
  }
}
