package dev.ibtrading.broker;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Paper or live trading, bound from {@code trading.*}.
 *
 * <p>Live trading needs an explicit opt-in: with {@code trading.mode=live} the worker refuses to
 * start unless {@code trading.live-confirmed=true} is set too, so that one mistyped variable never
 * sends real orders.
 *
 * @param mode {@code paper} (default) or {@code live}; also picks the default gateway port
 * @param liveConfirmed the opt-in for {@code trading.mode=live}; ignored in paper mode
 * @param enabled the kill switch ({@code TRADING_ENABLED}): when false, every intent still computes
 *     and reports what it would do but places and cancels nothing, and ends {@code skipped}
 */
@ConfigurationProperties("trading")
@Validated
public record TradingProperties(
    @DefaultValue("paper") @NotNull TradingMode mode,
    boolean liveConfirmed,
    @DefaultValue("true") boolean enabled) {

  /** Validation hook: live mode without the opt-in fails binding, so the worker does not start. */
  @AssertTrue(
      message =
          "live trading needs an explicit opt-in: set trading.live-confirmed=true"
              + " (actual: trading.mode=live without it)")
  public boolean isLiveOptIn() {
    return mode != TradingMode.LIVE || liveConfirmed;
  }
}
