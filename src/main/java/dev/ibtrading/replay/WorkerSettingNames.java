package dev.ibtrading.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker's own settings, as the configuration processor lists them in {@value #METADATA}, so
 * that a settings set with a misspelt key fails instead of comparing the defaults with themselves
 * (Spring ignores unknown keys). Map-valued settings ({@code
 * strategies.spymacdvixy.bullish-weights}) take any key below them.
 */
final class WorkerSettingNames {
  static final String METADATA = "META-INF/spring-configuration-metadata.json";

  private final Set<String> names = new TreeSet<>();
  private final List<String> prefixes = new ArrayList<>();

  private WorkerSettingNames() {}

  static WorkerSettingNames load() {
    WorkerSettingNames known = new WorkerSettingNames();
    try (InputStream in = WorkerSettingNames.class.getClassLoader().getResourceAsStream(METADATA)) {
      if (in == null) {
        throw new IllegalStateException(METADATA + " is not on the class path");
      }
      for (JsonNode property : JsonMapper.builder().build().readTree(in).path("properties")) {
        String name = property.path("name").asString();
        known.names.add(name);
        String type = property.path("type").asString();
        if (type.startsWith("java.util.Map")) {
          known.prefixes.add(name + ".");
        } else if (type.startsWith("java.util.List")) {
          known.prefixes.add(name + "[");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return known;
  }

  boolean contains(String key) {
    return names.contains(key) || prefixes.stream().anyMatch(key::startsWith);
  }
}
