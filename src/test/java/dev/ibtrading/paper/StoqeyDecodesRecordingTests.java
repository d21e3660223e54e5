package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.bench.RecordedSession;
import dev.ibtrading.ib.message.CommissionReport;
import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.HistoricalData;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.OrderStatusMessage;
import dev.ibtrading.ib.message.TickPrice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decode comparison with {@code @stoqey/ib} (bench/codec-ratio.sh) compares like with like:
 * stoqey's decoder, fed the recorded stream by {@code decode-benchmark.js --check}, takes in every
 * frame without a decoding problem and reports as many ticks, bars, order statuses and executions
 * as our client decodes from the same bytes. No timing here.
 */
class StoqeyDecodesRecordingTests {
  private static final long NODE_TIMEOUT_SECONDS = 120;

  private static JsonNode report;
  private static List<Object> ours;

  @BeforeAll
  static void decodeWithStoqey() throws Exception {
    NodeProject project = NodeProject.ready();
    ours = RecordedSession.decoded();
    report = check(project);
  }

  @Test
  void stoqeyTakesInEveryFrameWithoutDecodingProblems() {
    assertThat(report.get("ok").asBoolean()).as("check verdict in %s", report).isTrue();
    assertThat(report.get("messages").asInt()).as("messages stoqey decoded").isEqualTo(ours.size());
    assertThat(report.get("decodingProblems").asInt()).as("decoding problems").isZero();
    assertThat(report.get("leftoverBytesAndTokens").asInt()).as("left over").isZero();
  }

  @Test
  void stoqeyReportsWhatOurClientDecodes() {
    JsonNode events = report.get("events");
    assertThat(events.path("tickPrice").asInt()).isEqualTo(count(TickPrice.class));
    assertThat(events.path("orderStatus").asInt()).isEqualTo(count(OrderStatusMessage.class));
    assertThat(events.path("openOrder").asInt()).isEqualTo(count(OpenOrder.class));
    assertThat(events.path("execDetails").asInt()).isEqualTo(count(ExecutionData.class));
    assertThat(events.path("commissionReport").asInt()).isEqualTo(count(CommissionReport.class));
    // stoqey emits one historicalData event per bar and one end marker per message.
    long barEvents =
        ours.stream()
            .filter(HistoricalData.class::isInstance)
            .mapToLong(m -> ((HistoricalData) m).bars().size() + 1L)
            .sum();
    assertThat(events.path("historicalData").asLong()).isEqualTo(barEvents).isPositive();
  }

  private static int count(Class<?> type) {
    return (int) ours.stream().filter(type::isInstance).count();
  }

  private static JsonNode check(NodeProject project) throws IOException, InterruptedException {
    Path stdout = Files.createTempFile("stoqey-decode", ".out");
    Path stderr = Files.createTempFile("stoqey-decode", ".err");
    try {
      Process node =
          new ProcessBuilder(
                  project.node().toString(),
                  project.dir().resolve("decode-benchmark.js").toString(),
                  "--check")
              .directory(project.dir().toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      if (!node.waitFor(NODE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        node.destroyForcibly();
        node.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(
            "decode-benchmark.js --check did not finish in " + NODE_TIMEOUT_SECONDS + " s");
      }
      String out = Files.readString(stdout, StandardCharsets.UTF_8).strip();
      assertThat(out)
          .as(
              "stdout of decode-benchmark.js --check (exit %d, stderr: %s)",
              node.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8))
          .startsWith("{");
      return JsonMapper.builder().build().readTree(out);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }
}
