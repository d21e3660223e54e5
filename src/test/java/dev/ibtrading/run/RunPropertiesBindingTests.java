package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How {@code runs.*} binds, in particular how the journal is switched off. */
class RunPropertiesBindingTests {

  @Test
  void anEmptyJournalDirIsNoJournalNotTheWorkingDirectory() {
    assertThat(bind(Map.of("runs.journal-dir", "")).journalDir()).isNull();
  }

  @Test
  void aJournalDirIsThatPath() {
    assertThat(bind(Map.of("runs.journal-dir", "/mnt/runs")).journalDir())
        .isEqualTo(Path.of("/mnt/runs"));
  }

  @Test
  void defaultsWithoutAnySetting() {
    RunProperties runs = bind(Map.of("runs.remember-at-most", "5"));

    assertThat(runs.journalDir()).isNull();
    assertThat(runs.rememberFor()).isEqualTo(Duration.ofHours(24));
    assertThat(runs.rememberAtMost()).isEqualTo(5);
  }

  private static RunProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("runs", Bindable.of(RunProperties.class));
  }
}
