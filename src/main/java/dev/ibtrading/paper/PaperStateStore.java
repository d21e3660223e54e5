package dev.ibtrading.paper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A paper gateway's {@link PaperState} in a JSON file. Saving writes a temporary file next to it
 * and moves it over the old one, so a crash mid-save leaves the previous state, never half a file.
 */
public final class PaperStateStore {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final Path file;

  public PaperStateStore(Path file) {
    this.file = file.toAbsolutePath();
  }

  public Path file() {
    return file;
  }

  /**
   * The saved state, or empty when the file does not exist yet.
   *
   * @throws IllegalStateException if the file is not a saved state; the message names the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public Optional<PaperState> load() {
    byte[] json;
    try {
      json = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read paper state file " + file + ": " + e, e);
    }
    PaperState state;
    try {
      state = JSON.readValue(json, PaperState.class);
    } catch (JacksonException e) {
      throw corrupt(e.getOriginalMessage());
    }
    check(state);
    return Optional.of(state);
  }

  /**
   * Replaces the file with {@code state}, creating its folder if needed.
   *
   * @throws UncheckedIOException if it cannot be written; the previous file is then unchanged
   */
  public void save(PaperState state) {
    Path temp = null;
    try {
      Path dir = file.getParent();
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
      Files.write(temp, JSON.writeValueAsBytes(state));
      move(temp, file);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("cannot save paper state file " + file + ": " + e, e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the save already failed; a leftover temp file is harmless
    }
  }

  private void check(PaperState state) {
    if (state == null || state.account() == null) {
      throw corrupt("no account");
    }
    PaperAccount.State account = state.account();
    if (account.accountId() == null
        || account.cash() == null
        || account.realizedPnl() == null
        || account.holdings() == null) {
      throw corrupt("account without accountId, cash, realizedPnl or holdings");
    }
    for (PaperAccount.Holding h : account.holdings()) {
      if (h == null || h.symbol() == null || h.quantity() == null || h.averageCost() == null) {
        throw corrupt("holding without symbol, quantity or averageCost: " + h);
      }
    }
    if (state.nextValidOrderId() < 1) {
      throw corrupt("nextValidOrderId " + state.nextValidOrderId() + " (expected: >= 1)");
    }
  }

  private IllegalStateException corrupt(String detail) {
    return new IllegalStateException(
        "paper state file "
            + file
            + " is not a saved paper gateway state: "
            + detail
            + " (fix or remove the file to start a fresh account)");
  }
}
