package dev.ibtrading.deploy;

import dev.ibtrading.testsupport.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's YAML files as plain maps and lists (SnakeYAML, safe constructor). */
final class YamlFiles {
  private YamlFiles() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> load(String path) throws IOException {
    return (Map<String, Object>)
        new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(Files.readString(Scripts.repository().resolve(path)));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }
}
