package dev.ibtrading.run;

import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.trigger.Delivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The durable memory of finished runs, so that "one terminal outcome per run key" survives a
 * restart: the {@link RunLedger} guards runs within the process and forgets them when it exits.
 *
 * <p>One small JSON file per run key in {@code runs.journal-dir}, each written whole (a temporary
 * file, flushed, then renamed over the old one): the run's outcome once the run ended, before it is
 * published ({@link #recorded}), then the same with {@code published} once Pub/Sub confirmed it
 * ({@link #published}). A redelivery that finds its key here after a restart answers from it:
 * published, as a duplicate; recorded only, by publishing the recorded outcome; it never runs
 * again. Entries expire after {@code runs.remember-for}, like the ledger's.
 *
 * <p>One window stays: a crash after Pub/Sub confirmed the outcome and before {@link #published}
 * was written publishes the same outcome (same content, same {@code runId}) again on redelivery.
 *
 * <p>The emulator restarts its message ids at 1: an entry whose message id equals the delivery's
 * but whose publish time differs belongs to another message and is ignored.
 *
 * <p>Journal failures never fail a run (it traded already): they are logged, and the run goes on
 * with the ledger's in-process memory only.
 */
final class RunJournal {
  /** A run as the journal remembers it. */
  record Entry(Outcome outcome, boolean published, Instant recordedAt) {}

  private static final Logger log = LoggerFactory.getLogger(RunJournal.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SUFFIX = ".run.json";

  private final Path dir;
  private final Duration retention;
  private final Clock clock;
  private Instant nextSweep = Instant.MIN;

  private RunJournal(Path dir, Duration retention, Clock clock) {
    this.dir = dir;
    this.retention = retention;
    this.clock = clock;
  }

  /** A journal that remembers nothing (no {@code runs.journal-dir}). */
  static RunJournal none() {
    return new RunJournal(null, Duration.ZERO, Clock.systemUTC());
  }

  /**
   * A journal in {@code dir}, created if missing.
   *
   * @throws UncheckedIOException if the directory cannot be created
   */
  static RunJournal in(Path dir, Duration retention, Clock clock) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("runs.journal-dir " + dir + " cannot be created", e);
    }
    RunJournal journal = new RunJournal(dir, retention, clock);
    journal.sweep();
    return journal;
  }

  boolean isEnabled() {
    return dir != null;
  }

  /** The finished run {@code runKey} that {@code delivery} belongs to, if it is remembered. */
  Optional<Entry> find(String runKey, Delivery delivery) {
    if (dir == null) {
      return Optional.empty();
    }
    Optional<Entry> entry = read(file(runKey));
    if (entry.isEmpty() || expired(entry.get()) || !entry.get().outcome().runId().equals(runKey)) {
      return Optional.empty();
    }
    if (!sameMessage(entry.get().outcome(), delivery)) {
      log.info("Run journal entry of {} is of an earlier message with the same id", runKey);
      return Optional.empty();
    }
    return entry;
  }

  /** Run {@code outcome.runId()} ended with {@code outcome}, not published yet. */
  void recorded(Outcome outcome) {
    if (dir == null) {
      return;
    }
    write(outcome, false);
    sweepNowAndThen();
  }

  /** Pub/Sub confirmed {@code outcome}. */
  void published(Outcome outcome) {
    write(outcome, true);
  }

  private static boolean sameMessage(Outcome recorded, Delivery delivery) {
    String messageId = recorded.trigger().messageId();
    Instant publishTime = recorded.trigger().publishTime();
    return messageId == null
        || !messageId.equals(delivery.messageId())
        || publishTime == null
        || delivery.publishTime() == null
        || publishTime.equals(delivery.publishTime());
  }

  private void write(Outcome outcome, boolean published) {
    if (dir == null) {
      return;
    }
    ObjectNode entry = JSON.createObjectNode();
    entry.put("published", published);
    entry.put("recordedAt", clock.instant().toString());
    entry.set("outcome", OutcomeJson.toTree(outcome));
    Path target = file(outcome.runId());
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(JSON.writeValueAsBytes(entry)));
        channel.force(true);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      log.warn(
          "Run journal: run {} not recorded as {}: {}",
          outcome.runId(),
          published ? "published" : "ended",
          e.toString());
    }
  }

  private Optional<Entry> read(Path file) {
    try {
      // Read as outcomes are, or a price would come back rounded through a double.
      JsonNode node = OutcomeJson.readTree(Files.readAllBytes(file));
      Outcome outcome = OutcomeJson.read(node.required("outcome"));
      return Optional.of(
          new Entry(
              outcome,
              node.required("published").asBoolean(),
              Instant.parse(node.required("recordedAt").asString())));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | JacksonException | IllegalArgumentException e) {
      log.warn("Run journal: unreadable entry {} ignored: {}", file.getFileName(), e.toString());
      return Optional.empty();
    }
  }

  private boolean expired(Entry entry) {
    return entry.recordedAt().isBefore(clock.instant().minus(retention));
  }

  /** At most every hour (or retention, if shorter): drops expired and half-written entries. */
  private synchronized void sweepNowAndThen() {
    if (clock.instant().isAfter(nextSweep)) {
      sweep();
    }
  }

  private synchronized void sweep() {
    Duration every = retention.compareTo(Duration.ofHours(1)) < 0 ? retention : Duration.ofHours(1);
    nextSweep = clock.instant().plus(every);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path file : files) {
        Optional<Entry> entry = read(file);
        if (entry.isEmpty() || expired(entry.get())) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      log.warn("Run journal: {} not swept: {}", dir, e.toString());
    }
  }

  /** Run keys are short and plain, but a hash keeps file names safe on any file system. */
  private Path file(String runKey) {
    Objects.requireNonNull(runKey, "runKey");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(runKey.getBytes(StandardCharsets.UTF_8));
      return dir.resolve(HexFormat.of().formatHex(digest, 0, 16) + SUFFIX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
