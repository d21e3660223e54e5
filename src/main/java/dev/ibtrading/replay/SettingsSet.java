package dev.ibtrading.replay;

import dev.ibtrading.cli.UsageException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One set of worker settings a replay runs with ({@code --settings [NAME=]FILE.properties}): the
 * file's properties go on top of the worker's usual property sources (environment, application
 * properties), below the replay's own fixed settings (paper trading, its gateway, no journal).
 *
 * @param name the report's column for it; the file's name without {@code .properties} unless given,
 *     and the output subdirectory when several sets are compared
 * @param file the properties file; null for the worker's settings as they are
 * @param properties the file's properties, key to value
 */
record SettingsSet(String name, Path file, Map<String, String> properties) {
  static final SettingsSet WORKER = new SettingsSet("strategy", null, Map.of());
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  SettingsSet {
    properties = Collections.unmodifiableMap(new TreeMap<>(properties));
  }

  /** Reads {@code [NAME=]FILE} as given to {@code --settings}. */
  static SettingsSet parse(String value) throws UsageException {
    int equals = value.indexOf('=');
    Path file = Path.of(equals < 0 ? value : value.substring(equals + 1));
    String name =
        equals < 0 ? file.getFileName().toString().replaceFirst("\\.properties$", "") : null;
    if (equals >= 0) {
      name = value.substring(0, equals);
    }
    if (!NAME.matcher(name).matches()) {
      throw new UsageException(
          "--settings "
              + value
              + ": name '"
              + name
              + "' (expected: 1-40 letters, digits, '.', '_' or '-', as NAME=FILE)");
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "--settings " + value + ": no such file (expected: a .properties file)");
    }
    Properties loaded = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      loaded.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("--settings " + value + ": cannot read it (" + e.getMessage() + ")");
    }
    Map<String, String> properties = new TreeMap<>();
    WorkerSettingNames known = WorkerSettingNames.load();
    for (String key : loaded.stringPropertyNames()) {
      if (ReplayWorker.FIXED_PREFIXES.stream().anyMatch(key::startsWith)) {
        throw new UsageException(
            "--settings "
                + value
                + ": "
                + key
                + " is fixed by the replay (expected: none of "
                + String.join(", ", ReplayWorker.FIXED_PREFIXES)
                + ")");
      }
      if (!known.contains(key)) {
        throw new UsageException(
            "--settings "
                + value
                + ": "
                + key
                + " is not a setting of the worker (expected:"
                + " its canonical name, e.g. strategies.spymacdvixy.mode)");
      }
      properties.put(key, loaded.getProperty(key));
    }
    return new SettingsSet(name, file, properties);
  }

  /** One line for the report: the file and what it sets. */
  String description() {
    if (file == null) {
      return "the worker's settings (environment and application properties)";
    }
    StringBuilder text = new StringBuilder(file.toString()).append(":");
    properties.forEach((key, value) -> text.append(' ').append(key).append('=').append(value));
    return properties.isEmpty() ? file + " (empty)" : text.toString();
  }
}
