package dev.ibtrading.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.ibtrading.broker.Instrument;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyDecisionTests {
  private static final Instrument SPY = Instrument.usStock("SPY");
  private static final Instrument VIXY = Instrument.usStock("VIXY");

  @Test
  void rejectsAGrossWeightAboveOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                StrategyDecision.target(
                    Map.of(SPY, new BigDecimal("-0.6"), VIXY, new BigDecimal("0.5")), Map.of()))
        .withMessageContaining("sum to 1.1 in absolute value (expected: <= 1)");
  }

  @Test
  void acceptsAGrossWeightOfExactlyOne() {
    StrategyDecision decision =
        StrategyDecision.target(
            Map.of(SPY, new BigDecimal("-0.5"), VIXY, new BigDecimal("0.5")), Map.of());
    assertThat(decision.weight(VIXY)).isEqualByComparingTo("0.5");
  }

  @Test
  void notEnoughDataCarriesNoWeights() {
    StrategyDecision decision = StrategyDecision.notEnoughData(Map.of("barsAvailable", 3));
    assertThat(decision.kind()).isEqualTo(StrategyDecision.Kind.NOT_ENOUGH_DATA);
    assertThat(decision.weights()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new StrategyDecision(
                    StrategyDecision.Kind.NOT_ENOUGH_DATA, Map.of(SPY, BigDecimal.ONE), Map.of()))
        .withMessageContaining("(expected: none)");
  }

  @Test
  void anInstrumentWithoutAWeightHasWeightZero() {
    assertThat(StrategyDecision.target(Map.of(SPY, BigDecimal.ONE), Map.of()).weight(VIXY))
        .isEqualByComparingTo("0");
  }

  @Test
  void keepsTheDiagnosticsOrderAndRejectsNullValues() {
    Map<String, Object> diagnostics = new LinkedHashMap<>();
    diagnostics.put("zeta", 1);
    diagnostics.put("alpha", 2);
    diagnostics.put("mid", 3);
    assertThat(StrategyDecision.target(Map.of(), diagnostics).diagnostics().keySet())
        .containsExactly("zeta", "alpha", "mid");

    diagnostics.put("missing", null);
    assertThatNullPointerException()
        .isThrownBy(() -> StrategyDecision.target(Map.of(), diagnostics))
        .withMessage("missing");
  }
}
