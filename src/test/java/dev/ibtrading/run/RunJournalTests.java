package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.OutcomeTrigger;
import dev.ibtrading.outcome.TriggerSource;
import dev.ibtrading.trigger.Delivery;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The run journal on disk: what a later process finds of a run, and what it must not find. */
class RunJournalTests {
  private static final Instant NOW = Instant.parse("2025-01-02T15:00:00Z");
  private static final Instant PUBLISHED_AT = Instant.parse("2025-01-02T14:59:59Z");
  private static final Duration RETENTION = Duration.ofHours(24);

  @TempDir Path dir;

  @Test
  void aRecordedRunIsFoundUnpublishedByTheNextProcessAndPublishedOnceMarked() {
    Outcome outcome = outcome("allocation:41", "41", PUBLISHED_AT);
    journalAt(NOW).recorded(outcome);

    RunJournal.Entry recorded = journalAt(NOW).find("allocation:41", delivery("41")).orElseThrow();
    assertThat(recorded.published()).isFalse();
    assertThat(recorded.outcome()).isEqualTo(outcome);

    journalAt(NOW).published(outcome);

    assertThat(journalAt(NOW).find("allocation:41", delivery("41")))
        .hasValueSatisfying(entry -> assertThat(entry.published()).isTrue());
    assertThat(journalAt(NOW).find("allocation:42", delivery("42"))).isEmpty();
  }

  @Test
  void aRecordedOutcomeIsRepublishedWithTheSameNumbers() {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("averagePrice", new BigDecimal("480.12345678901234567891"));
    result.put("commission", new BigDecimal("1.005"));
    Outcome outcome =
        Outcome.builder("allocation:49", "allocation")
            .status(OutcomeStatus.OK)
            .tradingMode(TradingMode.PAPER)
            .account("DU0000001")
            .trigger(
                OutcomeTrigger.pubSubPush("49", PUBLISHED_AT, "projects/p/subscriptions/s", null))
            .startedAt(NOW.minusSeconds(5))
            .endedAt(NOW)
            .result(result)
            .build();
    journalAt(NOW).recorded(outcome);

    Outcome recorded = journalAt(NOW).find("allocation:49", delivery("49")).orElseThrow().outcome();

    assertThat(new String(OutcomeJson.write(recorded), UTF8))
        .isEqualTo(new String(OutcomeJson.write(outcome), UTF8))
        .contains("480.12345678901234567891");
  }

  @Test
  void anEntryExpiresAfterTheRetentionAndIsSweptAway() throws IOException {
    journalAt(NOW).recorded(outcome("allocation:43", "43", PUBLISHED_AT));

    assertThat(journalAt(NOW.plus(RETENTION).minusSeconds(1)).find("allocation:43", delivery("43")))
        .isPresent();
    RunJournal later = journalAt(NOW.plus(RETENTION).plusSeconds(1));

    assertThat(later.find("allocation:43", delivery("43"))).isEmpty();
    assertThat(entryFiles()).isEmpty();
  }

  @Test
  void aMessageIdReusedByARestartedEmulatorIsAnotherRun() {
    journalAt(NOW).recorded(outcome("summary:1", "1", PUBLISHED_AT));

    Delivery reused = delivery("1", PUBLISHED_AT.plusSeconds(3600));

    assertThat(journalAt(NOW).find("summary:1", reused)).isEmpty();
  }

  @Test
  void aRunNamedByItsRunIdIsFoundFromAnyMessage() {
    journalAt(NOW).recorded(outcome("open-2025-01-02", "7", PUBLISHED_AT));

    Delivery another = delivery("8", PUBLISHED_AT.plusSeconds(60));

    assertThat(journalAt(NOW).find("open-2025-01-02", another)).isPresent();
  }

  @Test
  void aWriteCutShortLeavesOnlyATemporaryFileThatCountsForNothing() throws IOException {
    RunJournal journal = journalAt(NOW);
    journal.recorded(outcome("allocation:44", "44", PUBLISHED_AT));
    Path entry = entryFiles().get(0);
    // A crash between writing the temporary file and renaming it: the old entry stands.
    Files.writeString(
        entry.resolveSibling(entry.getFileName() + ".tmp"), "{\"published\":tr", UTF8);

    assertThat(journalAt(NOW).find("allocation:44", delivery("44")))
        .hasValueSatisfying(found -> assertThat(found.published()).isFalse());
  }

  @Test
  void anUnreadableEntryIsIgnoredAndSwept() throws IOException {
    journalAt(NOW).recorded(outcome("allocation:45", "45", PUBLISHED_AT));
    Files.writeString(entryFiles().get(0), "not json", UTF8);

    RunJournal next = journalAt(NOW);

    assertThat(next.find("allocation:45", delivery("45"))).isEmpty();
    assertThat(entryFiles()).isEmpty();
  }

  @Test
  void aJournalThatCannotWriteLosesItsMemoryButFailsNothing() throws IOException {
    RunJournal journal = journalAt(NOW);
    Files.delete(dir);
    Files.writeString(dir, "a file where the directory was", UTF8);

    journal.recorded(outcome("allocation:46", "46", PUBLISHED_AT));

    assertThat(journal.find("allocation:46", delivery("46"))).isEmpty();
  }

  @Test
  void noJournalRemembersNothing() {
    RunJournal none = RunJournal.none();
    none.recorded(outcome("allocation:47", "47", PUBLISHED_AT));

    assertThat(none.find("allocation:47", delivery("47"))).isEmpty();
    assertThat(none.isEnabled()).isFalse();
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private RunJournal journalAt(Instant now) {
    return RunJournal.in(dir, RETENTION, Clock.fixed(now, ZoneOffset.UTC));
  }

  private java.util.List<Path> entryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".run.json")).toList();
    }
  }

  private static Delivery delivery(String messageId) {
    return delivery(messageId, PUBLISHED_AT);
  }

  private static Delivery delivery(String messageId, Instant publishTime) {
    return new Delivery(
        TriggerSource.PUSH,
        messageId,
        publishTime,
        "projects/p/subscriptions/s",
        null,
        Map.of(),
        null);
  }

  private static Outcome outcome(String runId, String messageId, Instant publishTime) {
    return Outcome.builder(runId, "allocation")
        .status(OutcomeStatus.PARTIAL)
        .tradingMode(TradingMode.PAPER)
        .account("DU0000001")
        .trigger(
            OutcomeTrigger.pubSubPush(messageId, publishTime, "projects/p/subscriptions/s", null))
        .startedAt(NOW.minusSeconds(5))
        .endedAt(NOW)
        .warning("already-placed", "an earlier attempt left 1 open order(s)")
        .build();
  }
}
