package dev.ibtrading.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting a period into requests a gateway accepts: consecutive, complete, none too long. */
class BarSpanTests {
  @Test
  void aPeriodWithinOneRequestIsOneSpan() {
    assertThat(BarSpan.chunks(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31), 365))
        .containsExactly(new BarSpan(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31)));
  }

  @Test
  void aLongPeriodIsCutIntoConsecutiveSpansOfAtMost365Days() {
    LocalDate from = LocalDate.of(2015, 3, 10);
    LocalDate to = LocalDate.of(2025, 3, 31);

    List<BarSpan> spans = BarSpan.chunks(from, to, 365);

    assertThat(spans).hasSize(11); // 3,675 days
    assertThat(spans.get(0).first()).isEqualTo(from);
    assertThat(spans.get(spans.size() - 1).last()).isEqualTo(to);
    for (int i = 0; i < spans.size(); i++) {
      assertThat(spans.get(i).days()).isBetween(1L, 365L);
      if (i > 0) {
        assertThat(spans.get(i).first()).isEqualTo(spans.get(i - 1).last().plusDays(1));
      }
    }
    assertThat(spans.stream().mapToLong(BarSpan::days).sum())
        .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1);
  }

  @Test
  void oneDayIsOneSpanOfOneDay() {
    LocalDate day = LocalDate.of(2024, 11, 29);
    assertThat(BarSpan.chunks(day, day, 365)).containsExactly(new BarSpan(day, day));
  }

  @Test
  void aSpanCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> new BarSpan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BarSpan.chunks(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
