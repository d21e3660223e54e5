package dev.ibtrading.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ibtrading.broker.Instrument;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TargetWeightsTests {
  private static final Instrument SPY = Instrument.usStock("SPY");
  private static final Instrument VIXY = Instrument.usStock("VIXY");
  private static final Instrument QQQ = Instrument.usStock("QQQ");

  private static Map<Instrument, BigDecimal> legs(Object... instrumentsAndWeights) {
    Map<Instrument, BigDecimal> legs = new LinkedHashMap<>();
    for (int i = 0; i < instrumentsAndWeights.length; i += 2) {
      legs.put(
          (Instrument) instrumentsAndWeights[i],
          new BigDecimal(instrumentsAndWeights[i + 1].toString()));
    }
    return legs;
  }

  @Test
  void bearishLegsAreHalvedByTheirAbsoluteSum() {
    Map<Instrument, BigDecimal> weights = TargetWeights.normalize(legs(SPY, "-1", VIXY, "1"), true);
    assertThat(weights.get(SPY)).isEqualByComparingTo("-0.5");
    assertThat(weights.get(VIXY)).isEqualByComparingTo("0.5");
  }

  @Test
  void withoutShortingTheShortLegIsZeroAndTheOthersKeepTheirWeight() {
    Map<Instrument, BigDecimal> weights =
        TargetWeights.normalize(legs(SPY, "-1", VIXY, "1"), false);
    assertThat(weights.get(SPY)).isEqualByComparingTo("0");
    assertThat(weights.get(VIXY)).isEqualByComparingTo("0.5");
  }

  @Test
  void weightsAreRelative() {
    assertThat(TargetWeights.normalize(legs(SPY, "0.25", VIXY, "0"), false).get(SPY))
        .isEqualByComparingTo("1");
    Map<Instrument, BigDecimal> thirds = TargetWeights.normalize(legs(QQQ, "2", SPY, "1"), false);
    assertThat(thirds.get(QQQ)).isEqualByComparingTo("0.666666666666");
    assertThat(thirds.get(SPY)).isEqualByComparingTo("0.333333333333");
  }

  @Test
  void allZeroLegsStayZero() {
    assertThat(TargetWeights.normalize(legs(SPY, "0", VIXY, "0"), true).values())
        .allSatisfy(weight -> assertThat(weight).isEqualByComparingTo("0"));
    assertThat(TargetWeights.normalize(Map.of(), true)).isEmpty();
  }

  @Test
  void keepsTheLegOrder() {
    assertThat(TargetWeights.normalize(legs(VIXY, "1", SPY, "1", QQQ, "1"), true).keySet())
        .containsExactly(VIXY, SPY, QQQ);
  }

  @Test
  void randomLegsNeverExceedAGrossOfOneAndKeepTheirSignsAndRatios() {
    Random random = new Random(11);
    for (int run = 0; run < 2_000; run++) {
      Map<Instrument, BigDecimal> legs =
          legs(
              SPY, randomWeight(random),
              VIXY, randomWeight(random),
              QQQ, randomWeight(random));
      Map<Instrument, BigDecimal> weights = TargetWeights.normalize(legs, true);

      BigDecimal gross =
          weights.values().stream().map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(gross).isLessThanOrEqualTo(BigDecimal.ONE);
      double legGross = legs.values().stream().mapToDouble(w -> Math.abs(w.doubleValue())).sum();
      legs.forEach(
          (instrument, leg) -> {
            assertThat(weights.get(instrument).signum()).isEqualTo(leg.signum());
            assertThat(weights.get(instrument).doubleValue())
                .isCloseTo(leg.doubleValue() / legGross, within(1e-11));
          });
    }
  }

  private static String randomWeight(Random random) {
    return BigDecimal.valueOf(random.nextInt(2001) - 1000, 2).toPlainString();
  }
}
