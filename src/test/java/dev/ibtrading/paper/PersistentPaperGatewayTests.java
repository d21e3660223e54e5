package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account and order ids survive a restart through the state file. */
class PersistentPaperGatewayTests {
  private static final PaperClock CLOCK = PaperClock.fixedAt(Instant.parse("2025-01-03T15:00:00Z"));

  @TempDir Path dir;

  private PaperGatewayConfig config(String account, Path stateFile) {
    return PaperGatewayConfig.forTests().toBuilder()
        .port(0)
        .account(account)
        .barsFile(null)
        .alwaysOpen(true)
        .stateFile(stateFile)
        .build();
  }

  @Test
  void changesAreSavedWhileRunningAndRestoredAtTheNextStart() throws Exception {
    Path file = dir.resolve("state.json");
    PaperStateStore store = new PaperStateStore(file);
    PaperState changed;
    try (PersistentPaperGateway first =
        PersistentPaperGateway.start(config("DU0000001", file), CLOCK)) {
      first
          .gateway()
          .account()
          .applyFill("SPY", 756733, BigDecimal.TEN, new BigDecimal("470"), BigDecimal.ONE);
      first.gateway().orderIdUsed(41);
      changed = PaperState.of(first.gateway());

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> store.load().filter(changed::equals).isPresent());
    }

    try (PersistentPaperGateway second =
            PersistentPaperGateway.start(config("DU0000001", file), CLOCK);
        IbClient client =
            new IbClient(IbSettings.defaults("127.0.0.1", second.gateway().port(), 9))) {
      assertThat(PaperState.of(second.gateway())).isEqualTo(changed);
      assertThat(second.gateway().account().holding("SPY")).isPresent();

      client.connect();
      assertThat(client.lastNextValidId()).isEqualTo(42);
    }
  }

  @Test
  void closeSavesTheFinalState() throws Exception {
    Path file = dir.resolve("state.json");
    PersistentPaperGateway running = PersistentPaperGateway.start(config("DU0000001", file), CLOCK);
    running.gateway().orderIdUsed(99);

    running.close();
    running.close();

    assertThat(new PaperStateStore(file).load())
        .hasValueSatisfying(state -> assertThat(state.nextValidOrderId()).isEqualTo(100));
  }

  @Test
  void stateOfAnotherAccountIsRefusedNamingTheFile() throws Exception {
    Path file = dir.resolve("state.json");
    PersistentPaperGateway.start(config("DU0000001", file), CLOCK).close();

    assertThatThrownBy(() -> PersistentPaperGateway.start(config("DU0000002", file), CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("DU0000001")
        .hasMessageContaining("expected: DU0000002");
  }

  @Test
  void withoutAStateFileNothingIsWritten() throws Exception {
    try (PersistentPaperGateway running =
        PersistentPaperGateway.start(config("DU0000001", null), CLOCK)) {
      running.gateway().orderIdUsed(5);
    }
    assertThat(dir).isEmptyDirectory();
  }
}
