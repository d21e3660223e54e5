package dev.ibtrading.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmaTests {
  @Test
  void isSeededWithTheFirstValue() {
    assertThat(Ema.of(new double[] {42, 50, 60}, 26)[0]).isEqualTo(42);
  }

  @Test
  void smoothsWithTwoOverPeriodPlusOne() {
    // period 3: alpha = 0.5, so each value is halfway between the previous EMA and the new value.
    assertThat(Ema.of(new double[] {10, 20, 30, 30}, 3)).containsExactly(10, 15, 22.5, 26.25);
    assertThat(Ema.alpha(12)).isCloseTo(2.0 / 13, within(1e-15));
  }

  @Test
  void periodOneIsTheSeriesItself() {
    assertThat(Ema.of(new double[] {3, 1, 4, 1, 5}, 1)).containsExactly(3, 1, 4, 1, 5);
  }

  @Test
  void aConstantSeriesStaysConstant() {
    assertThat(Ema.of(Closes.linear(7, 0, 50), 9)).containsOnly(7);
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertThat(Ema.of(new double[0], 9)).isEmpty();
  }

  @Test
  void rejectsANonPositivePeriod() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Ema.of(new double[] {1}, 0))
        .withMessage("EMA period: 0 (expected: >= 1)");
  }
}
