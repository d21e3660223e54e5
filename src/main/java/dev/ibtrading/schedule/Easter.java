package dev.ibtrading.schedule;

import java.time.LocalDate;

/** Western (Gregorian) Easter Sunday, which Good Friday hangs off. */
final class Easter {
  private Easter() {}

  /**
   * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher):
   * the first Sunday after the ecclesiastical full moon on or after March 21.
   */
  static LocalDate sunday(int year) {
    int goldenNumber = year % 19;
    int century = year / 100;
    int yearOfCentury = year % 100;
    int skippedLeapDays = century / 4;
    int centuryRemainder = century % 4;
    int moonCorrection = (century + 8) / 25;
    int solarCorrection = (century - moonCorrection + 1) / 3;
    int epact = (19 * goldenNumber + century - skippedLeapDays - solarCorrection + 15) % 30;
    int leapYearsInCentury = yearOfCentury / 4;
    int yearRemainder = yearOfCentury % 4;
    int daysToSunday =
        (32 + 2 * centuryRemainder + 2 * leapYearsInCentury - epact - yearRemainder) % 7;
    int marchCorrection = (goldenNumber + 11 * epact + 22 * daysToSunday) / 451;
    int monthAndDay = epact + daysToSunday - 7 * marchCorrection + 114;
    return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
  }
}
