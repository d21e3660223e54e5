package dev.ibtrading.riskcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Binding and validation of {@code risk.*}. */
class RiskSettingsTests {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(RiskCheckConfiguration.class);

  @Test
  void nothingSetMeasuresEverythingAndChecksNothing() {
    runner.run(
        context -> {
          RiskSettings settings = context.getBean(RiskSettings.class);
          assertThat(settings.dailyLoss().limit()).isNull();
          assertThat(settings.dailyLoss().action()).isEqualTo(RiskAction.REPORT);
          assertThat(settings.grossLeverage().limit()).isNull();
          assertThat(settings.positionLoss().limit()).isNull();
          assertThat(settings.marginCushion().limit()).isNull();
          assertThat(settings.orderTimeout()).isEqualTo(Duration.ofSeconds(60));
        });
  }

  @Test
  void limitsAndActionsBindByTheirDocumentedNames() {
    runner
        .withPropertyValues(
            "risk.daily-loss.limit=0.05",
            "risk.daily-loss.action=flatten",
            "risk.gross-leverage.limit=1.5",
            "risk.gross-leverage.action=reduce",
            "risk.position-loss.limit=0.1",
            "risk.margin-cushion.limit=0.1",
            "risk.margin-cushion.action=cancel-open-orders",
            "risk.order-timeout=20s")
        .run(
            context -> {
              RiskSettings settings = context.getBean(RiskSettings.class);
              assertThat(settings.dailyLoss().limit()).isEqualByComparingTo("0.05");
              assertThat(settings.dailyLoss().action()).isEqualTo(RiskAction.FLATTEN);
              assertThat(settings.grossLeverage().action()).isEqualTo(RiskAction.REDUCE);
              assertThat(settings.positionLoss().limit()).isEqualByComparingTo("0.1");
              assertThat(settings.positionLoss().action()).isEqualTo(RiskAction.REPORT);
              assertThat(settings.marginCushion().action())
                  .isEqualTo(RiskAction.CANCEL_OPEN_ORDERS);
              assertThat(settings.orderTimeout()).isEqualTo(Duration.ofSeconds(20));
            });
  }

  @Test
  void reducingADailyLossIsRefused() {
    assertRefused(
        "risk.daily-loss.action is reduce",
        "risk.daily-loss.limit=0.05",
        "risk.daily-loss.action=reduce");
  }

  @Test
  void anActionWithoutItsLimitIsRefused() {
    assertRefused("without its risk.<measure>.limit", "risk.gross-leverage.action=flatten");
  }

  @Test
  void outOfRangeValuesAreRefused() {
    assertRefused("risk.gross-leverage.limit must be > 0", "risk.gross-leverage.limit=0");
    assertRefused("risk.margin-cushion.limit must be at most 1", "risk.margin-cushion.limit=1.5");
    assertRefused("must be greater than or equal to 0", "risk.position-loss.limit=-0.1");
    assertRefused("risk.order-timeout must be positive", "risk.order-timeout=0s");
  }

  @Test
  void anUnknownActionIsRefused() {
    runner
        .withPropertyValues("risk.daily-loss.limit=0.05", "risk.daily-loss.action=sell-everything")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("sell-everything"));
  }

  private void assertRefused(String expectedText, String... properties) {
    runner
        .withPropertyValues(properties)
        .run(
            context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining(expectedText));
  }
}
