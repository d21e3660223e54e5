package dev.ibtrading.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of the launcher's environment variables. An empty variable counts as unset; a bad
 * value fails with the variable, the value and what was expected; the value only as {@link
 * ShownValue} shows it, since a secret may have been routed to the wrong variable.
 */
record Env(Map<String, String> values) {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)");

  Optional<String> optional(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  String string(String name, String fallback) {
    return optional(name).orElse(fallback);
  }

  Path path(String name, Path fallback) {
    return optional(name).map(Path::of).orElse(fallback);
  }

  /** Whitespace-separated words, e.g. JVM options; {@code fallback} is split the same way. */
  List<String> words(String name, String fallback) {
    String text = string(name, fallback).strip();
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
  }

  /** {@code 500ms}, {@code 30s} or {@code 2m}. */
  Duration duration(String name, Duration fallback) {
    Optional<String> text = optional(name);
    if (text.isEmpty()) {
      return fallback;
    }
    Matcher matcher = DURATION.matcher(text.get());
    if (!matcher.matches()) {
      throw invalid(name, text.get(), "a duration like 500ms, 30s or 2m");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      default -> Duration.ofMinutes(amount);
    };
  }

  /** One of {@code allowed} (compared ignoring case), returned in lower case. */
  String choice(String name, String fallback, List<String> allowed) {
    String value = string(name, fallback).toLowerCase(Locale.ROOT);
    if (!allowed.contains(value)) {
      throw invalid(name, value, "one of " + String.join(", ", allowed));
    }
    return value;
  }

  /** A TCP port, if set. */
  Optional<Integer> port(String name) {
    return optional(name)
        .map(
            text -> {
              try {
                int port = Integer.parseInt(text);
                if (port >= 1 && port <= 65535) {
                  return port;
                }
              } catch (NumberFormatException e) {
                // reported below
              }
              throw invalid(name, text, "a port between 1 and 65535");
            });
  }

  /** A value that must match {@code format}, or the fallback. */
  String matching(String name, String fallback, Pattern format, String expected) {
    String value = string(name, fallback);
    if (!format.matcher(value).matches()) {
      throw invalid(name, value, expected);
    }
    return value;
  }

  static LaunchException invalid(String name, String actual, String expected) {
    return new LaunchException(
        name + " is " + ShownValue.of(actual) + " (expected: " + expected + ")");
  }
}
