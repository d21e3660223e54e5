package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterTests {
  /** Published Easter Sundays, including the earliest (March 22) and latest (April 25) possible. */
  @ParameterizedTest
  @CsvSource({
    "2000-04-23",
    "2008-03-23",
    "2011-04-24",
    "2019-04-21",
    "2024-03-31",
    "2025-04-20",
    "2026-04-05",
    "2027-03-28",
    "2028-04-16",
    "2038-04-25",
    "2285-03-22"
  })
  void matchesPublishedEasterSundays(LocalDate easter) {
    assertThat(Easter.sunday(easter.getYear())).isEqualTo(easter);
  }
}
