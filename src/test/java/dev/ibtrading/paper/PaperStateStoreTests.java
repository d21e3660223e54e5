package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperStateStoreTests {
  @TempDir Path dir;

  private static PaperState sample(String cash) {
    return new PaperState(
        new PaperAccount.State(
            "DU0000001",
            new BigDecimal(cash),
            new BigDecimal("-12.345"),
            List.of(
                new PaperAccount.Holding(
                    "SPY", 756733, new BigDecimal("10"), new BigDecimal("470.1234567890123")),
                new PaperAccount.Holding(
                    "TLT", 15547841, new BigDecimal("-3"), new BigDecimal("91.5")))),
        17);
  }

  @Test
  void roundTripKeepsEveryValueExactly() {
    PaperStateStore store = new PaperStateStore(dir.resolve("state.json"));
    PaperState saved = sample("95123.456789");

    store.save(saved);

    assertThat(store.load()).contains(saved);
  }

  @Test
  void cashInOtherCurrenciesIsKeptAndAnOlderFileWithoutItHoldsNone() throws Exception {
    PaperStateStore store = new PaperStateStore(dir.resolve("state.json"));
    PaperState withEuros =
        new PaperState(
            new PaperAccount.State(
                "DU0000001",
                new BigDecimal("1000"),
                BigDecimal.ZERO,
                List.of(),
                Map.of("EUR", new BigDecimal("5400.25"), "JPY", new BigDecimal("-3000"))),
            5);

    store.save(withEuros);

    assertThat(store.load()).contains(withEuros);
    String saved = Files.readString(dir.resolve("state.json"));
    assertThat(saved).contains("otherCash");
    Path older = dir.resolve("older.json");
    Files.writeString(older, saved.replaceAll(",?\\s*\"otherCash\"\\s*:\\s*\\{[^}]*\\}", ""));
    assertThat(Files.readString(older)).doesNotContain("otherCash");
    assertThat(new PaperStateStore(older).load().orElseThrow().account().otherCash()).isEmpty();
    // The cash-balancer branch's state files named the same map foreignCash.
    Path branchFile = dir.resolve("foreign.json");
    Files.writeString(branchFile, saved.replace("\"otherCash\"", "\"foreignCash\""));
    assertThat(new PaperStateStore(branchFile).load()).contains(withEuros);
  }

  @Test
  void aMissingFileIsAFreshAccount() {
    assertThat(new PaperStateStore(dir.resolve("absent.json")).load()).isEmpty();
  }

  @Test
  void saveCreatesTheFolder() {
    PaperStateStore store = new PaperStateStore(dir.resolve("a/b/state.json"));

    store.save(sample("1"));

    assertThat(store.load()).contains(sample("1"));
  }

  @Test
  void corruptFileFailsNamingTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("state.json"), "{\"account\": {\"cash\": ");

    assertThatThrownBy(() -> new PaperStateStore(file).load())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("not a saved paper gateway state");
  }

  @Test
  void wellFormedJsonWithoutTheAccountIsCorruptToo() throws Exception {
    Path file = Files.writeString(dir.resolve("state.json"), "{\"nextValidOrderId\": 3}");

    assertThatThrownBy(() -> new PaperStateStore(file).load())
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("no account");
  }

  @Test
  void saveReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
    PaperStateStore store = new PaperStateStore(dir.resolve("state.json"));

    store.save(sample("100"));
    store.save(sample("200"));

    assertThat(store.load()).contains(sample("200"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.json");
    }
  }

  @Test
  void aFailedSaveLeavesNoTemporaryFileAndNamesTheFile() throws Exception {
    // a non-empty directory where the file should be: the final move cannot replace it
    Path target = Files.createDirectories(dir.resolve("state.json"));
    Files.writeString(target.resolve("keep"), "x");
    PaperStateStore store = new PaperStateStore(target);

    assertThatThrownBy(() -> store.save(sample("1")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot save paper state file " + target.toAbsolutePath());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.json");
    }
    assertThat(target.resolve("keep")).hasContent("x");
  }
}
