package dev.ibtrading.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.ibtrading.broker.Instrument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The registry and the strategies' settings in a Spring context, as component scanning finds them.
 */
class StrategyRegistryTests {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(
              StrategyRegistry.class, SpyMacdVixyStrategy.class, DummyStrategy.class);

  @Test
  void findsEveryStrategyBeanByName() {
    runner.run(
        context -> {
          StrategyRegistry registry = context.getBean(StrategyRegistry.class);
          assertThat(registry.names()).containsExactly("dummy", "spymacdvixy");
          assertThat(registry.get("spymacdvixy")).isInstanceOf(SpyMacdVixyStrategy.class);
          assertThat(registry.getAll(List.of("spymacdvixy", "dummy")))
              .extracting(Strategy::name)
              .containsExactly("spymacdvixy", "dummy");
        });
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    runner.run(
        context ->
            assertThatExceptionOfType(UnknownStrategyException.class)
                .isThrownBy(() -> context.getBean(StrategyRegistry.class).get("SpyMacdVixy"))
                .withMessage("unknown strategy 'SpyMacdVixy' (known: dummy, spymacdvixy)")
                .satisfies(e -> assertThat(e.name()).isEqualTo("SpyMacdVixy")));
  }

  @Test
  void anotherStrategyBeanIsAllItTakesToAddOne() {
    runner
        .withBean(FixedWeightStrategy.class, () -> flat("constant"))
        .run(
            context ->
                assertThat(context.getBean(StrategyRegistry.class).names())
                    .containsExactly("constant", "dummy", "spymacdvixy"));
  }

  @Test
  void settingsBindFromStrategiesProperties() {
    runner
        .withPropertyValues(
            "strategies.spymacdvixy.mode=crossover",
            "strategies.spymacdvixy.allow-short=true",
            "strategies.spymacdvixy.bars=120",
            "strategies.spymacdvixy.min-bars=40",
            "strategies.spymacdvixy.bearish-weights.VIXY=1",
            "strategies.dummy.symbol=IWM")
        .run(
            context -> {
              SpyMacdVixyProperties settings = context.getBean(SpyMacdVixyProperties.class);
              assertThat(settings.mode()).isEqualTo(MacdMode.CROSSOVER);
              assertThat(settings.allowShort()).isTrue();
              assertThat(settings.bars()).isEqualTo(120);
              assertThat(settings.minBars()).isEqualTo(40);
              assertThat(settings.bearishWeights()).containsOnlyKeys("VIXY");
              assertThat(settings.bullishWeights()).containsOnlyKeys("SPY", "VIXY");
              assertThat(context.getBean(StrategyRegistry.class).get("dummy").tradedInstruments())
                  .containsExactly(Instrument.usStock("IWM"));
            });
  }

  @Test
  void defaultsAreTheOriginalsWeightsInLevelModeWithoutShorting() {
    runner.run(
        context -> {
          SpyMacdVixyProperties settings = context.getBean(SpyMacdVixyProperties.class);
          assertThat(settings.mode()).isEqualTo(MacdMode.LEVEL);
          assertThat(settings.allowShort()).isFalse();
          assertThat(settings.bars()).isEqualTo(200);
          assertThat(settings.minBars()).isEqualTo(35);
          assertThat(settings.bullishWeights())
              .containsExactly(entry("SPY", BigDecimal.ONE), entry("VIXY", BigDecimal.ZERO));
          assertThat(settings.bearishWeights())
              .containsExactly(
                  entry("SPY", BigDecimal.ONE.negate()), entry("VIXY", BigDecimal.ONE));
          assertThat(context.getBean(DummyProperties.class).allowShort()).isFalse();
        });
  }

  @Test
  void invalidSettingsStopTheStart() {
    runner
        .withPropertyValues("strategies.spymacdvixy.mode=sideways")
        .run(context -> assertThat(context).hasFailed());
    runner
        .withPropertyValues("strategies.spymacdvixy.min-bars=300")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining(
                        "strategies.spymacdvixy.min-bars must not exceed strategies.spymacdvixy.bars"));
    runner
        .withPropertyValues("strategies.dummy.symbol= ")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void rejectsDuplicateAndMalformedNames() {
    assertThatIllegalStateException()
        .isThrownBy(() -> new StrategyRegistry(List.of(flat("constant"), flat("constant"))))
        .withMessageContaining("two strategies named 'constant'");
    Strategy badName = flat("Spy Macd");
    assertThatIllegalStateException()
        .isThrownBy(() -> new StrategyRegistry(List.of(badName)))
        .withMessageContaining("strategy name 'Spy Macd'");
  }

  /** A strategy that needs nothing and always wants to be flat. */
  private static FixedWeightStrategy flat(String name) {
    return new FixedWeightStrategy(name, Map.of());
  }

  private static Map.Entry<String, BigDecimal> entry(String key, BigDecimal value) {
    return Map.entry(key, value);
  }
}
