package dev.ibtrading.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.cli.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --settings [NAME=]FILE}: the worker's own keys pass, map keys and list indices too. */
class SettingsSetTests {
  @TempDir Path dir;

  @Test
  void theWorkersKeysMapKeysAndListIndicesAreSettings() throws IOException, UsageException {
    Path file = dir.resolve("half.properties");
    Files.writeString(
        file,
        "allocation.exposure=0.5\n"
            + "strategies.spymacdvixy.bullish-weights.SPY=1\n"
            + "calendar.extra-closed-days[0].date=2024-11-20\n"
            + "calendar.extra-closed-days[0].reason=test\n");

    SettingsSet set = SettingsSet.parse(file.toString());

    assertThat(set.name()).isEqualTo("half");
    assertThat(set.properties())
        .containsEntry("allocation.exposure", "0.5")
        .containsEntry("strategies.spymacdvixy.bullish-weights.SPY", "1")
        .containsEntry("calendar.extra-closed-days[0].date", "2024-11-20")
        .hasSize(4);
    assertThat(SettingsSet.parse("other=" + file).name()).isEqualTo("other");
  }

  @Test
  void aRelaxedSpellingIsRefusedNamingTheKey() throws IOException {
    Path file = dir.resolve("camel.properties");
    Files.writeString(file, "strategies.spymacdvixy.allowShort=true\n");

    assertThatThrownBy(() -> SettingsSet.parse(file.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("strategies.spymacdvixy.allowShort is not a setting of the worker");
  }
}
