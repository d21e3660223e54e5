package dev.ibtrading.paper;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded paper gateway ({@code ib.gateway.mode=embedded}), bound from {@code ib.paper.*}; the
 * standalone {@code paper-gateway} command takes the same settings as options.
 *
 * @param account the simulated account id
 * @param cash starting cash of a new account, in USD
 * @param seed seed of the deterministic price model
 * @param barsFile optional CSV of daily bars ({@code symbol,date,open,high,low,close,volume})
 * @param alwaysOpen treat the market as open at any hour (demos); the {@code local} profile sets it
 * @param stateFile optional JSON file the account and order ids are restored from at start and
 *     saved to whenever they change; without it every start is a fresh account
 * @param port loopback port to listen on; 0 picks a free one, which the worker then connects to
 * @param slippageBps market orders fill this many basis points worse than the simulated price
 * @param commissionPerShare commission per share, in USD
 * @param minCommission minimum commission per execution, in USD
 * @param fillDelay delay between an order's acceptance and its fill
 * @param marketData the market data the simulated account is entitled to: {@code realtime}
 *     (default), {@code delayed} (every quote delayed, whatever type is asked for) or {@code none}
 *     (an account without subscriptions: real-time quotes fail with IB's error 10089, delayed ones
 *     after {@code reqMarketDataType(3)} work); see {@link MarketDataEntitlement}
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
    @DefaultValue("0s") @NotNull Duration fillDelay,
    @DefaultValue("realtime") @NotNull MarketDataEntitlement marketData) {

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
        .fillDelay(fillDelay)
        .marketData(marketData)
        .build();
  }
}
