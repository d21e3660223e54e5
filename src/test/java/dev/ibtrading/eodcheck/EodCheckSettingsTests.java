package dev.ibtrading.eodcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Binding and validation of {@code eod.*}. */
class EodCheckSettingsTests {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(EodCheckConfiguration.class);

  @Test
  void defaultsCancelButDoNotFlatten() {
    runner.run(
        context -> {
          EodSettings settings = context.getBean(EodSettings.class);
          assertThat(settings).isEqualTo(EodSettings.defaults());
          assertThat(settings.cancelOpenOrders()).isTrue();
          assertThat(settings.enforceFlat()).isFalse();
          assertThat(settings.driftTolerance()).isEqualByComparingTo("0.01");
          assertThat(settings.orderTimeout()).isEqualTo(Duration.ofSeconds(60));
        });
  }

  @Test
  void everySettingBinds() {
    runner
        .withPropertyValues(
            "eod.cancel-open-orders=false",
            "eod.enforce-flat=true",
            "eod.drift-tolerance=0.05",
            "eod.order-timeout=20s")
        .run(
            context ->
                assertThat(context.getBean(EodSettings.class))
                    .isEqualTo(
                        new EodSettings(
                            false, true, new BigDecimal("0.05"), Duration.ofSeconds(20))));
  }

  @Test
  void aToleranceAboveOneIsRefused() {
    runner
        .withPropertyValues("eod.drift-tolerance=1.5")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("driftTolerance"));
  }

  @Test
  void aZeroOrderTimeoutIsRefused() {
    runner
        .withPropertyValues("eod.order-timeout=0s")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("eod.order-timeout must be positive"));
  }
}
