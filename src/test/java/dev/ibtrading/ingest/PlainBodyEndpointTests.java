package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.cashbalancer.CashBalancerOptions;
import dev.ibtrading.closeall.CloseAllOptions;
import dev.ibtrading.ingest.IngestHttp.Answer;
import dev.ibtrading.outcome.TriggerSource;
import dev.ibtrading.riskcheck.RiskCheckOptions;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.RejectionCause;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plain bodies (Cloud Scheduler, manual calls, unwrapped pushes), the body size limit and {@code
 * GET /summary}, over a real socket. Same context as {@link TriggerEndpointTests}.
 */
@EdgeHttpTestSupport.LocalEdgeTest
class PlainBodyEndpointTests extends EdgeHttpTestSupport {
  private static final String ALLOCATION = "{\"strategies\":[\"spymacdvixy\"],\"dryRun\":true}";

  @Test
  void emptyBodyIsAPlainCallWithNoOptions() {
    assertAcknowledged(http.post("/risk-check", "", null));
    assertThat(onlyTrigger().options()).isEqualTo(new RiskCheckOptions(false));

    handler.reset();
    assertAcknowledged(http.post("/allocation", "", null));
    assertThat(onlyRejection().reason()).contains("'strategies' is required");
  }

  @Test
  void emptyObjectIsAPlainCall() {
    assertAcknowledged(http.postJson("/close-all", "{}"));

    Trigger trigger = onlyTrigger();
    assertThat(trigger.options()).isEqualTo(new CloseAllOptions(false, Map.of()));
    assertThat(trigger.delivery().source()).isEqualTo(TriggerSource.DIRECT);
  }

  @Test
  void cashBalancerTakesItsDryRunOption() {
    assertAcknowledged(http.postJson("/cash-balancer", "{\"dryRun\":true}"));

    Trigger trigger = onlyTrigger();
    assertThat(trigger.intent()).isEqualTo(Intent.CASH_BALANCER);
    assertThat(trigger.options()).isEqualTo(new CashBalancerOptions(true));
  }

  @Test
  void bodyThatIsNotJsonIsARejectionNotA400() {
    Answer answer = http.postJson("/allocation", "{\"message\":");

    assertAcknowledged(answer);
    assertThat(answer.runId()).startsWith("allocation:h");
    assertThat(onlyRejection().cause()).isEqualTo(RejectionCause.BODY_NOT_JSON);
  }

  @Test
  void oversizedBodyIs413WithoutCallingTheHandler() {
    String big = Envelopes.full("{\"pad\":\"" + "x".repeat(3000) + "\"}", "{}");

    Answer answer = http.postJson("/allocation", big);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.runId()).matches("gen:[0-9a-f]{24}");
    assertThat(answer.body().path("error").asString())
        .contains("expected: <= 2048 bytes, ingest.max-body-bytes");
    assertThat(handler.received()).isEmpty();
  }

  @Test
  void oversizedChunkedBodyWithoutLengthIs413() {
    byte[] big = new byte[5000];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpRequest request =
        http.request("/risk-check")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();

    Answer answer = http.send(request);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.body().path("error").asString()).contains("more than 2048 bytes");
    assertThat(handler.received()).isEmpty();
  }

  @Test
  void bodyAtTheLimitIsRead() {
    String padded = "{\"dryRun\":true}" + " ".repeat(2048 - 15);

    assertAcknowledged(http.post("/risk-check", padded, null));

    assertThat(onlyTrigger().options()).isEqualTo(new RiskCheckOptions(true));
  }

  @Test
  void schedulerBodyWithScheduleTime() {
    String[] headers = {
      "X-CloudScheduler", "true",
      "X-CloudScheduler-JobName", "allocation-open",
      "X-CloudScheduler-ScheduleTime", "2025-01-03T14:35:00.000Z"
    };

    assertAcknowledged(http.postJson("/allocation", ALLOCATION, headers));
    Trigger first = onlyTrigger();
    handler.reset();
    assertAcknowledged(http.postJson("/allocation", ALLOCATION, headers));

    assertThat(first.delivery().source()).isEqualTo(TriggerSource.SCHEDULER);
    assertThat(first.delivery().schedulerJob()).isEqualTo("allocation-open");
    assertThat(first.delivery().publishTime()).isEqualTo(Instant.parse("2025-01-03T14:35:00Z"));
    assertThat(first.runKey())
        .isEqualTo(
            RunKey.ofPlainBody(
                Intent.ALLOCATION,
                ALLOCATION.getBytes(StandardCharsets.UTF_8),
                "2025-01-03T14:35:00.000Z",
                "allocation-open"))
        .isEqualTo(onlyTrigger().runKey());
  }

  @Test
  void schedulerBodyWithoutScheduleTimeUsesTheJobName() {
    assertAcknowledged(
        http.postJson("/allocation", ALLOCATION, "X-CloudScheduler-JobName", "manual-job"));
    Trigger withJob = onlyTrigger();
    handler.reset();
    assertAcknowledged(http.postJson("/allocation", ALLOCATION));
    Trigger direct = onlyTrigger();

    assertThat(withJob.delivery().source()).isEqualTo(TriggerSource.SCHEDULER);
    assertThat(withJob.delivery().publishTime()).isNull();
    assertThat(direct.delivery().source()).isEqualTo(TriggerSource.DIRECT);
    assertThat(withJob.runKey()).isNotEqualTo(direct.runKey());
  }

  @Test
  void unwrappedPushUsesTheMessageIdHeader() {
    assertAcknowledged(
        http.post(
            "/risk-check",
            "{\"dryRun\":true}",
            "application/x-www-form-urlencoded",
            "x-goog-pubsub-message-id",
            "123",
            "x-goog-pubsub-subscription-name",
            "projects/p/subscriptions/risk"));

    Trigger trigger = onlyTrigger();
    assertThat(trigger.runKey().value()).isEqualTo("risk-check:123");
    assertThat(trigger.delivery().source()).isEqualTo(TriggerSource.PUSH);
    assertThat(trigger.options()).isEqualTo(new RiskCheckOptions(true));
  }

  @Test
  void getSummaryIsADirectReadOnlyTrigger() {
    Answer answer = http.get("/summary");

    assertAcknowledged(answer);
    Trigger trigger = onlyTrigger();
    assertThat(trigger.intent()).isEqualTo(Intent.SUMMARY);
    assertThat(trigger.delivery()).isEqualTo(Delivery.direct());
    assertThat(trigger.runKey().value()).startsWith("gen:");
  }

  @Test
  void anUnusualAcceptHeaderStillGetsJson() {
    assertAcknowledged(http.postJson("/risk-check", "{}", "Accept", "text/plain"));
  }
}
