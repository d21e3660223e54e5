package dev.ibtrading.paper;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded paper gateway ({@code ib.gateway.mode=embedded}), bound from {@code ib.paper.*}; the
 * standalone {@code paper-gateway} command takes the same settings as options.
 *
 * @param account the simulated account id
 * @param cash starting cash of a new account, in {@code currency}
 * @param seed seed of the deterministic price model
 * @param barsFile optional CSV of daily bars ({@code symbol,date,open,high,low,close,volume})
 * @param alwaysOpen treat the market as open at any hour (demos); the {@code local} profile sets it
 * @param stateFile optional JSON file the account and order ids are restored from at start and
 *     saved to whenever they change; without it every start is a fresh account
 * @param port loopback port to listen on; 0 picks a free one, which the worker then connects to
 * @param slippageBps market orders fill this many basis points worse than the simulated price
 * @param commissionPerShare commission per share, in USD
 * @param minCommission minimum commission per execution, in USD
 * @param commissionSchedule how a US stock execution is charged: {@code per-share} (default: the
 *     two settings above), {@code ib-fixed} or {@code ib-tiered}, IB's published schedules ({@link
 *     CommissionSchedule}; the replay's {@code --commission} names the same ones)
 * @param fillDelay delay between an order's acceptance and its fill
 * @param cashBalances cash of a new account in currencies other than {@code currency}, by ISO code
 *     ({@code ib.paper.cash-balances.EUR=5000}): any currency the paper market quotes (the same
 *     list as {@code currency}), valued at its FX quotes and converted by CASH orders at them.
 *     Empty by default
 * @param marketData the market data the simulated account is entitled to: {@code realtime}
 *     (default), {@code delayed} (every quote delayed, whatever type is asked for) or {@code none}
 *     (an account without subscriptions: real-time quotes fail with IB's error 10089, delayed ones
 *     after {@code reqMarketDataType(3)} work); see {@link MarketDataEntitlement}
 * @param currency the account's base currency: USD (default), EUR, GBP, CHF, JPY, CAD or AUD. The
 *     starting cash and the account values are in it, FX quotes of IDEALPRO pairs come from the
 *     price model, and US stocks settle in dollars (a negative dollar balance when bought without
 *     dollars)
 * @param enforceHistoricalPacing refuse historical data requests that break IB's pacing rules with
 *     error 162, as a real gateway does (docs/paper-gateway.md, "Historical data pacing")
 */
@ConfigurationProperties("ib.paper")
@Validated
public record PaperGatewayProperties(
    @DefaultValue("DU0000001") @NotBlank String account,
    @DefaultValue("100000") @PositiveOrZero double cash,
    @DefaultValue("42") long seed,
    Path barsFile,
    boolean alwaysOpen,
    Path stateFile,
    @DefaultValue("0") @Min(0) @Max(65535) int port,
    @DefaultValue("1") @PositiveOrZero double slippageBps,
    @DefaultValue("0.005") @PositiveOrZero double commissionPerShare,
    @DefaultValue("1.0") @PositiveOrZero double minCommission,
    @DefaultValue("per-share") @NotNull CommissionSchedule commissionSchedule,
    @DefaultValue("0s") @NotNull Duration fillDelay,
    @DefaultValue("realtime") @NotNull MarketDataEntitlement marketData,
    @DefaultValue("USD") @NotNull @Pattern(regexp = "USD|EUR|GBP|CHF|JPY|CAD|AUD") String currency,
    boolean enforceHistoricalPacing,
    Map<String, BigDecimal> cashBalances) {

  public PaperGatewayProperties {
    // Map keys bound from properties and environment variables may come in lower case.
    Map<String, BigDecimal> upper = new TreeMap<>();
    if (cashBalances != null) {
      cashBalances.forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
    }
    cashBalances = Map.copyOf(upper);
  }

  @AssertTrue(
      message =
          "ib.paper.cash-balances: each key a currency the paper market quotes (USD, EUR, GBP,"
              + " CHF, JPY, CAD, AUD) other than ib.paper.currency, each value a number")
  public boolean isCashBalancesValid() {
    return cashBalances.entrySet().stream()
        .allMatch(
            e ->
                e.getValue() != null
                    && !e.getKey().equals(currency)
                    && PaperFx.currencies().contains(e.getKey()));
  }

  /** The embedded gateway listens on loopback only: it has no authentication. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The defaults above, without a Spring context. */
  public static PaperGatewayProperties defaults() {
    return new Binder(List.of()).bindOrCreate("ib.paper", PaperGatewayProperties.class);
  }

  public PaperGatewayConfig toConfig(String host) {
    return PaperGatewayConfig.builder()
        .host(host)
        .port(port)
        .account(account)
        .startingCash(cash)
        .seed(seed)
        .barsFile(barsFile)
        .alwaysOpen(alwaysOpen)
        .stateFile(stateFile)
        .slippageBps(slippageBps)
        .commissionPerShare(commissionPerShare)
        .minCommission(minCommission)
        .commissionSchedule(commissionSchedule)
        .fillDelay(fillDelay)
        .marketData(marketData)
        .currency(currency)
        .enforceHistoricalPacing(enforceHistoricalPacing)
        .cashBalances(cashBalances)
        .build();
  }
}
