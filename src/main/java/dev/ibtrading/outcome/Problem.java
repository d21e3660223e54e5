package dev.ibtrading.outcome;

import java.util.Objects;

/**
 * A warning or error of a run.
 *
 * @param code short kebab-case category for subscribers to filter on, e.g. {@code invalid-message},
 *     {@code gateway-unavailable}, {@code deadline-exceeded}
 * @param message what happened, for people; never secrets
 */
public record Problem(String code, String message) {
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (!code.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("problem code: " + code + " (expected: kebab-case)");
    }
  }
}
