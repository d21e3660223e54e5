package dev.ibtrading.paper;

import dev.ibtrading.schedule.ExchangeCalendar;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a paper gateway is set up.
 *
 * @param host address to listen on; 127.0.0.1 unless a test host needs more
 * @param port TCP port; 0 picks a free one (see {@link PaperGateway#port()})
 * @param account the simulated account id, e.g. DU0000001
 * @param startingCash cash of a new account, in USD
 * @param seed seed of the deterministic price model
 * @param barsFile optional CSV of daily bars ({@code symbol,date,open,high,low,close,volume})
 * @param alwaysOpen treat the market as open at any hour (demos and tests)
 * @param stateFile optional file the account is saved to and restored from
 * @param slippageBps market orders fill this many basis points worse than the simulated price
 * @param commissionPerShare commission charged per share, at least {@code minCommission} an order
 * @param minCommission minimum commission per execution
 * @param fillDelay delay between an order's acceptance and its (first) fill
 * @param marketData the market data the account is entitled to; {@link
 *     MarketDataEntitlement#REALTIME} unless a test wants an account without subscriptions
 * @param calendar the exchange calendar the market keeps: NYSE's rules, plus the worker's
 *     configured extra closed days and early closes when the gateway is embedded ({@code
 *     calendar.*})
 */
public record PaperGatewayConfig(
    String host,
    int port,
    String account,
    double startingCash,
    long seed,
    Path barsFile,
    boolean alwaysOpen,
    Path stateFile,
    double slippageBps,
    double commissionPerShare,
    double minCommission,
    Duration fillDelay,
    MarketDataEntitlement marketData,
    ExchangeCalendar calendar) {

  public PaperGatewayConfig {
    Objects.requireNonNull(marketData, "marketData");
    Objects.requireNonNull(calendar, "calendar");
  }

  /** A config keeping NYSE's calendar by rule. */
  public PaperGatewayConfig(
      String host,
      int port,
      String account,
      double startingCash,
      long seed,
      Path barsFile,
      boolean alwaysOpen,
      Path stateFile,
      double slippageBps,
      double commissionPerShare,
      double minCommission,
      Duration fillDelay,
      MarketDataEntitlement marketData) {
    this(
        host,
        port,
        account,
        startingCash,
        seed,
        barsFile,
        alwaysOpen,
        stateFile,
        slippageBps,
        commissionPerShare,
        minCommission,
        fillDelay,
        marketData,
        ExchangeCalendar.nyse());
  }

  /** A config with real-time market data, as most tests want. */
  public PaperGatewayConfig(
      String host,
      int port,
      String account,
      double startingCash,
      long seed,
      Path barsFile,
      boolean alwaysOpen,
      Path stateFile,
      double slippageBps,
      double commissionPerShare,
      double minCommission,
      Duration fillDelay) {
    this(
        host,
        port,
        account,
        startingCash,
        seed,
        barsFile,
        alwaysOpen,
        stateFile,
        slippageBps,
        commissionPerShare,
        minCommission,
        fillDelay,
        MarketDataEntitlement.REALTIME);
  }

  /** This config with another market data entitlement. */
  public PaperGatewayConfig withMarketData(MarketDataEntitlement entitlement) {
    return new PaperGatewayConfig(
        host,
        port,
        account,
        startingCash,
        seed,
        barsFile,
        alwaysOpen,
        stateFile,
        slippageBps,
        commissionPerShare,
        minCommission,
        fillDelay,
        entitlement,
        calendar);
  }

  /** This config keeping another exchange calendar. */
  public PaperGatewayConfig withCalendar(ExchangeCalendar other) {
    return new PaperGatewayConfig(
        host,
        port,
        account,
        startingCash,
        seed,
        barsFile,
        alwaysOpen,
        stateFile,
        slippageBps,
        commissionPerShare,
        minCommission,
        fillDelay,
        marketData,
        other);
  }

  /** A fresh in-memory account on a free loopback port, market always open: what tests want. */
  public static PaperGatewayConfig forTests() {
    return forTests(0);
  }

  /** {@link #forTests()} on a chosen port, for tests that restart a gateway where it was. */
  public static PaperGatewayConfig forTests(int port) {
    return new PaperGatewayConfig(
        "127.0.0.1",
        port,
        "DU0000001",
        100_000,
        42,
        null,
        true,
        null,
        0,
        0.005,
        1.0,
        Duration.ZERO);
  }
}
