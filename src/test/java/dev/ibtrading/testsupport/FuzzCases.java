package dev.ibtrading.testsupport;

/**
 * How many cases a randomised test runs: its bounded default in the suite, or {@code
 * -Dfuzz.cases=N} to run more (with {@link FuzzSeed}, {@code -Dfuzz.seed=N}, to explore other
 * inputs).
 */
public final class FuzzCases {
  private FuzzCases() {}

  public static int count(int defaultCount) {
    String chosen = System.getProperty("fuzz.cases");
    return chosen == null || chosen.isBlank() ? defaultCount : Integer.parseInt(chosen.trim());
  }
}
