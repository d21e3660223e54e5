package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/operations.md} explains every IBC setting the launcher writes, and lists no key as
 * written that the launcher does not write: the table and {@link IbcConfig} cannot drift apart.
 */
class OperationsDocTests {
  private static final Path DOC =
      Path.of(System.getProperty("basedir", "."), "docs", "operations.md");
  private static final Pattern FIRST_CELL_KEYS = Pattern.compile("`([A-Za-z]+)`");

  @Test
  void theWrittenSettingsTableListsExactlyWhatTheLauncherWrites() throws IOException {
    String doc = Files.readString(DOC);
    int start = doc.indexOf("Written by the launcher:");
    int end = doc.indexOf("Left at IBC's defaults", start);
    assertThat(start).as("the table's heading in %s", DOC).isPositive();
    assertThat(end).as("the next table's heading in %s", DOC).isGreaterThan(start);

    Set<String> documented = new LinkedHashSet<>();
    for (String line : doc.substring(start, end).split("\n")) {
      if (line.startsWith("| `")) {
        String firstCell = line.substring(1, line.indexOf('|', 1));
        Matcher key = FIRST_CELL_KEYS.matcher(firstCell);
        while (key.find()) {
          documented.add(key.group(1));
        }
      }
    }
    Map<String, String> written =
        IbcConfig.from(new Env(Map.of())).entries(new Credentials("user", "password"));

    assertThat(documented).containsExactlyInAnyOrderElementsOf(written.keySet());
  }
}
