package dev.ibtrading.closeall;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How close-all runs wait, bound from {@code close-all.*}. The run's deadline cuts both.
 *
 * @param cancelTimeout how long a run waits for its cancels to be confirmed before it closes
 *     positions (default 10s); a position whose instrument still has a working order is not closed
 * @param fillTimeout how long a run waits for the closing orders' fills (default 60s); orders still
 *     working then are left working
 */
@ConfigurationProperties("close-all")
@Validated
public record CloseAllSettings(
    @DefaultValue("10s") @NotNull Duration cancelTimeout,
    @DefaultValue("60s") @NotNull Duration fillTimeout) {

  static CloseAllSettings defaults() {
    return new CloseAllSettings(Duration.ofSeconds(10), Duration.ofSeconds(60));
  }

  @AssertTrue(message = "close-all.cancel-timeout and close-all.fill-timeout must be positive")
  public boolean isTimeoutsPositive() {
    return isPositive(cancelTimeout) && isPositive(fillTimeout);
  }

  private static boolean isPositive(Duration timeout) {
    return timeout == null || (!timeout.isNegative() && !timeout.isZero());
  }
}
