package dev.ibtrading.strategy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Strategy settings bound from property lines, as Spring would, without a context. */
final class Settings {
  private Settings() {}

  static SpyMacdVixyProperties spyMacdVixy(String... properties) {
    return binder(properties).bindOrCreate("strategies.spymacdvixy", SpyMacdVixyProperties.class);
  }

  static DummyProperties dummy(String... properties) {
    return binder(properties).bindOrCreate("strategies.dummy", DummyProperties.class);
  }

  private static Binder binder(String... properties) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String property : properties) {
      int equals = property.indexOf('=');
      values.put(property.substring(0, equals), property.substring(equals + 1));
    }
    return new Binder(new MapConfigurationPropertySource(values));
  }
}
