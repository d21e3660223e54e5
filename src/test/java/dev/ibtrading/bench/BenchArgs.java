package dev.ibtrading.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's {@code --name=value} arguments over its defaults; an unknown name or a bad value
 * stops it with a message listing what it takes.
 */
final class BenchArgs {
  private final Map<String, String> values;

  private BenchArgs(Map<String, String> values) {
    this.values = values;
  }

  static BenchArgs parse(String[] args, Map<String, String> defaults) {
    Map<String, String> values = new LinkedHashMap<>(defaults);
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
      if (name == null || !defaults.containsKey(name)) {
        throw new IllegalArgumentException(
            "argument: " + arg + " (expected: --name=value, names " + defaults.keySet() + ")");
      }
      values.put(name, arg.substring(eq + 1));
    }
    return new BenchArgs(values);
  }

  String text(String name) {
    return values.get(name);
  }

  int integer(String name) {
    try {
      return Integer.parseInt(text(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--" + name + ": " + text(name) + " (expected: an integer)", e);
    }
  }

  /** A comma-separated list; empty for an empty value. */
  List<String> list(String name) {
    String value = text(name).strip();
    return value.isEmpty()
        ? List.of()
        : Arrays.stream(value.split(",")).map(String::strip).toList();
  }

  /** A whitespace-separated list (JVM options, which may contain commas). */
  List<String> words(String name) {
    String value = text(name).strip();
    return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
  }

  List<Integer> integers(String name) {
    return list(name).stream().map(Integer::parseInt).toList();
  }

  /** For the report: every setting, defaults included, as {@code --name=value}. */
  String describe() {
    StringBuilder text = new StringBuilder();
    values.forEach((name, value) -> text.append(" --").append(name).append('=').append(value));
    return text.toString().strip();
  }
}
