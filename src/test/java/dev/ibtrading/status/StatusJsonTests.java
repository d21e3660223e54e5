package dev.ibtrading.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.schedule.ScheduleOutlook;
import dev.ibtrading.status.StatusReport.Gateway;
import dev.ibtrading.status.StatusReport.Holdings;
import dev.ibtrading.status.StatusReport.Trading;
import dev.ibtrading.status.StatusReport.Worker;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatusJsonTests {
  private static final Instant AT = Instant.parse("2025-01-02T15:00:00Z");

  private static StatusReport report(String note) {
    return new StatusReport(
        AT,
        new Gateway("CONNECTED", true, "DU0000001", List.of("DU0000001")),
        new Trading("paper", true),
        new Worker(2, "status 3 (out of memory: the JVM's ExitOnOutOfMemoryError) after 60 s", AT),
        List.of("dummy"),
        new ScheduleOutlook("jobs.yaml", null, note, List.of()),
        List.of(),
        Holdings.unavailable(null),
        List.of(new NetLiquidationPoint("s-1", "summary", AT, new BigDecimal("100000.10"), "USD")));
  }

  @Test
  void writesTimesAsIsoStringsAndDecimalsPlain() {
    byte[] written = StatusJson.write(report(null));
    JsonNode json = JsonMapper.builder().build().readTree(written);

    assertThat(json.path("generatedAt").asString()).isEqualTo("2025-01-02T15:00:00Z");
    assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"value\":100000.10,");
    assertThat(json.path("gateway").path("state").asString()).isEqualTo("CONNECTED");
    assertThat(json.path("worker").path("restarts").asInt()).isEqualTo(2);
    assertThat(json.path("worker").path("lastExitAt").asString()).isEqualTo("2025-01-02T15:00:00Z");
    assertThat(json.path("schedule").path("note").isNull()).isTrue();
  }

  @Test
  void scriptSafeJsonCannotCloseTheScriptElementAndReadsBackTheSame() {
    String hostile = "</script><img src=x onerror=alert(1)> & \u2028";

    String safe = StatusJson.forScript(report(hostile));

    assertThat(safe).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(safe).doesNotContain("\u2028");
    JsonNode json = JsonMapper.builder().build().readTree(safe);
    assertThat(json.path("schedule").path("note").asString()).isEqualTo(hostile);
  }
}
