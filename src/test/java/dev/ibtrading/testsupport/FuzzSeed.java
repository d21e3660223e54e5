package dev.ibtrading.testsupport;

/**
 * The seed of a randomised test: fixed so that every build runs the same cases, or chosen with
 * {@code -Dfuzz.seed=N} to explore others or replay one a failure printed.
 */
public final class FuzzSeed {
  private static final long DEFAULT = 20250103L;

  private FuzzSeed() {}

  public static long get() {
    String chosen = System.getProperty("fuzz.seed");
    return chosen == null || chosen.isBlank() ? DEFAULT : Long.parseLong(chosen.trim());
  }
}
