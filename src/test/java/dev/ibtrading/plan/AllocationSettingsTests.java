package dev.ibtrading.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Binding of {@code allocation.*}: the caps every account gets, and how they are widened. */
class AllocationSettingsTests {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(PlanConfiguration.class);

  @Test
  void anAccountThatConfiguresNothingGetsTheDefaultCaps() {
    runner.run(
        context -> {
          AllocationSettings settings = context.getBean(AllocationSettings.class);
          assertThat(settings).isEqualTo(AllocationSettings.defaults());
          assertThat(settings.maxOrderFraction().value()).isEqualByComparingTo("1.0");
          assertThat(settings.maxGrossLeverage().value()).isEqualByComparingTo("1.0");
          assertThat(settings.maxQuoteAge()).isEqualTo(Duration.ofMinutes(30));
          assertThat(settings.capsInForce(new BigDecimal("80000")))
              .containsExactly(
                  new CapInForce("allocation.max-order-notional", "none", "default", null),
                  new CapInForce(
                      "allocation.max-order-fraction",
                      "1.0",
                      "default",
                      new BigDecimal("80000.00")),
                  new CapInForce("allocation.max-position-notional", "none", "default", null),
                  new CapInForce(
                      "allocation.max-gross-leverage",
                      "1.0",
                      "default",
                      new BigDecimal("80000.00")));
        });
  }

  @Test
  void capsAreWidenedByValueAndRemovedOnlyByNone() {
    runner
        .withPropertyValues(
            "allocation.max-order-fraction=none",
            "allocation.max-gross-leverage=2",
            "allocation.max-order-notional=25000")
        .run(
            context -> {
              AllocationSettings settings = context.getBean(AllocationSettings.class);
              assertThat(settings.maxOrderFraction().isNone()).isTrue();
              assertThat(settings.capsInForce(new BigDecimal("80000")))
                  .containsExactly(
                      new CapInForce(
                          "allocation.max-order-notional",
                          "25000",
                          "configured",
                          new BigDecimal("25000")),
                      new CapInForce("allocation.max-order-fraction", "none", "configured", null),
                      new CapInForce("allocation.max-position-notional", "none", "default", null),
                      new CapInForce(
                          "allocation.max-gross-leverage",
                          "2",
                          "configured",
                          new BigDecimal("160000.00")));
            });
  }

  @Test
  void anEmptyOrZeroCapIsRefusedRatherThanTakenForNone() {
    runner
        .withPropertyValues("allocation.max-gross-leverage=0")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("none for no cap"));
    runner
        .withPropertyValues("allocation.max-order-fraction=unlimited")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("none for no cap"));
  }

  @Test
  void aZeroQuoteAgeIsRefused() {
    runner
        .withPropertyValues("allocation.max-quote-age=0s")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("max-quote-age"));
  }

  @Test
  void theOrderCapIsTheSmallerOfTheAmountAndTheFraction() {
    AllocationSettings settings =
        AllocationSettings.defaults().withCaps(new BigDecimal("90000"), null, BigDecimal.ONE);
    AllocationSettings withFraction =
        new AllocationSettings(
            settings.exposure(),
            settings.strategyWeights(),
            settings.minOrderNotional(),
            settings.maxOrderNotional(),
            settings.maxPositionNotional(),
            settings.fillTimeout(),
            settings.adaptivePriority(),
            CapSetting.valueOf("0.5"),
            settings.maxGrossLeverage(),
            settings.maxQuoteAge());

    CapLimits limits = CapLimits.of(withFraction, new BigDecimal("100000"));
    CapLimits amountWins = CapLimits.of(withFraction, new BigDecimal("200000"));

    assertThat(limits.maxOrder()).isEqualByComparingTo("50000");
    assertThat(limits.maxOrderCap()).isEqualTo("max-order-fraction");
    assertThat(amountWins.maxOrder()).isEqualByComparingTo("90000");
    assertThat(amountWins.maxOrderCap()).isEqualTo("max-order-notional");
  }
}
