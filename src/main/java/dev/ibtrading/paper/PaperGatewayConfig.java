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

  /** A builder starting from {@link Builder}'s defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this config, to change a few settings. */
  public Builder toBuilder() {
    return new Builder()
        .host(host)
        .port(port)
        .account(account)
        .startingCash(startingCash)
        .seed(seed)
        .barsFile(barsFile)
        .alwaysOpen(alwaysOpen)
        .stateFile(stateFile)
        .slippageBps(slippageBps)
        .commissionPerShare(commissionPerShare)
        .minCommission(minCommission)
        .fillDelay(fillDelay)
        .marketData(marketData)
        .calendar(calendar);
  }

  /** A fresh in-memory account on a free loopback port, market always open: what tests want. */
  public static PaperGatewayConfig forTests() {
    return forTests(0);
  }

  /** {@link #forTests()} on a chosen port, for tests that restart a gateway where it was. */
  public static PaperGatewayConfig forTests(int port) {
    return builder().port(port).alwaysOpen(true).slippageBps(0).build();
  }

  /**
   * Builds a {@link PaperGatewayConfig}: a settings class gains a setting without touching every
   * place that makes one. Defaults: loopback on a free port, account DU0000001 with 100,000 USD,
   * seed 42, the seeded price model, New York hours, no state file, 1 bp slippage, 0.005 USD a
   * share with a 1 USD minimum, immediate fills, real-time market data, NYSE's calendar by rule.
   */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private String account = "DU0000001";
    private double startingCash = 100_000;
    private long seed = 42;
    private Path barsFile;
    private boolean alwaysOpen;
    private Path stateFile;
    private double slippageBps = 1;
    private double commissionPerShare = 0.005;
    private double minCommission = 1.0;
    private Duration fillDelay = Duration.ZERO;
    private MarketDataEntitlement marketData = MarketDataEntitlement.REALTIME;
    private ExchangeCalendar calendar = ExchangeCalendar.nyse();

    private Builder() {}

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder account(String account) {
      this.account = account;
      return this;
    }

    public Builder startingCash(double startingCash) {
      this.startingCash = startingCash;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder barsFile(Path barsFile) {
      this.barsFile = barsFile;
      return this;
    }

    public Builder alwaysOpen(boolean alwaysOpen) {
      this.alwaysOpen = alwaysOpen;
      return this;
    }

    public Builder stateFile(Path stateFile) {
      this.stateFile = stateFile;
      return this;
    }

    public Builder slippageBps(double slippageBps) {
      this.slippageBps = slippageBps;
      return this;
    }

    public Builder commissionPerShare(double commissionPerShare) {
      this.commissionPerShare = commissionPerShare;
      return this;
    }

    public Builder minCommission(double minCommission) {
      this.minCommission = minCommission;
      return this;
    }

    public Builder fillDelay(Duration fillDelay) {
      this.fillDelay = fillDelay;
      return this;
    }

    public Builder marketData(MarketDataEntitlement marketData) {
      this.marketData = marketData;
      return this;
    }

    public Builder calendar(ExchangeCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    public PaperGatewayConfig build() {
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
          calendar);
    }
  }
}
