package dev.ibtrading.ib;

import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.ib.wire.FrameDecoder;
import dev.ibtrading.ib.wire.Handshake;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the worker reaches and talks to its gateway, bound from {@code ib.*} (environment variables
 * bind too: {@code IB_GATEWAY_MODE=external IB_GATEWAY_PORT=4002}).
 *
 * @param gateway which gateway, and where
 * @param clientId the TWS API client id of the trading session; a second session with the same id
 *     is refused by the gateway
 * @param account the managed account to trade; unset to take the gateway's only account
 * @param connectTimeout for the TCP connect, the handshake, and the first order id and accounts
 * @param requestTimeout timeout of a request that has none of its own
 * @param maxServerVersion top of the server version range offered in the handshake; at least 176,
 *     the version this client's messages are written for
 * @param maxMessagesPerSecond outgoing message rate limit; the gateway disconnects above 50
 * @param reconnect delays between reconnection attempts after a lost session
 * @param marketDataType the market data quotes ask for, sent with {@code reqMarketDataType} before
 *     each: {@code realtime} (default), {@code frozen} (the last real-time quote after the close),
 *     {@code delayed} (15 minutes behind, needs no subscription) or {@code delayed-frozen}
 * @param marketDataFallback on IB's "not subscribed" errors (354, 10089) ask for the quote again in
 *     delayed data ({@code frozen}: delayed-frozen); the outcome then warns {@code
 *     delayed-market-data} with the symbols. {@code false} fails the quote instead
 */
@ConfigurationProperties("ib")
@Validated
public record IbProperties(
    @DefaultValue @Valid @NotNull Gateway gateway,
    @DefaultValue("1") @PositiveOrZero int clientId,
    String account,
    @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
    @DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration requestTimeout,
    @DefaultValue("176") @Min(Handshake.SERVER_VERSION) int maxServerVersion,
    @DefaultValue("40") @Min(1) @Max(49) int maxMessagesPerSecond,
    @DefaultValue @Valid @NotNull Reconnect reconnect,
    @DefaultValue("realtime") @NotNull MarketDataType marketDataType,
    @DefaultValue("true") boolean marketDataFallback) {

  /** IB Gateway's default API port for a paper login. */
  public static final int PAPER_PORT = 4002;

  /** IB Gateway's default API port for a live login. */
  public static final int LIVE_PORT = 4001;

  /**
   * Where the gateway runs, bound from {@code ib.gateway.*}.
   *
   * @param mode {@code external} (default) to connect to host:port, {@code embedded} to start a
   *     paper gateway inside the worker ({@code ib.paper.*}) and connect to it; the {@code local}
   *     profile sets {@code embedded}
   * @param host gateway host in external mode; IB Gateway runs in the same container
   * @param port gateway API port in external mode; unset means 4002 for {@code trading.mode=paper}
   *     and 4001 for {@code live}, IB Gateway's defaults
   */
  public record Gateway(
      @DefaultValue("external") @NotNull GatewayMode mode,
      @DefaultValue("127.0.0.1") @NotBlank String host,
      @Min(1) @Max(65535) Integer port) {}

  /**
   * Reconnection backoff, bound from {@code ib.reconnect.*}.
   *
   * @param minDelay delay before the first attempt after a loss
   * @param maxDelay cap of the growing delay between attempts
   */
  public record Reconnect(
      @DefaultValue("500ms") @NotNull @DurationMin(millis = 1) Duration minDelay,
      @DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration maxDelay) {

    /** Validation hook: the backoff must not start above its cap. */
    @AssertTrue(message = "ib.reconnect.min-delay must not exceed ib.reconnect.max-delay")
    public boolean isOrdered() {
      return minDelay == null || maxDelay == null || minDelay.compareTo(maxDelay) <= 0;
    }
  }

  /** The external gateway's port: the explicit one, or IB Gateway's default for the mode. */
  public int gatewayPort(TradingMode mode) {
    if (gateway.port() != null) {
      return gateway.port();
    }
    return mode == TradingMode.LIVE ? LIVE_PORT : PAPER_PORT;
  }

  /** The account to trade, or empty for the gateway's only one. */
  public String accountOrEmpty() {
    return account == null ? "" : account.strip();
  }

  /** Client settings for a gateway at host:port. */
  public IbSettings toSettings(String host, int port) {
    return new IbSettings(
        host,
        port,
        clientId,
        connectTimeout,
        requestTimeout,
        maxServerVersion,
        maxMessagesPerSecond,
        FrameDecoder.IB_MAX_LENGTH,
        reconnect.minDelay(),
        reconnect.maxDelay());
  }
}
