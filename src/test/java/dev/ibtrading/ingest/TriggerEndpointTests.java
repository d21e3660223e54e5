package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.allocation.AllocationOptions;
import dev.ibtrading.ingest.IngestHttp.Answer;
import dev.ibtrading.outcome.TriggerSource;
import dev.ibtrading.riskcheck.RiskCheckOptions;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.RejectionCause;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The HTTP matrix of push envelope shapes and content types, over a real socket: status, a {@code
 * runId} in every body, and what the handler was handed. Auth is {@code none} (local profile) here;
 * {@link PushAuthenticationHttpTests} covers the filter, {@link PlainBodyEndpointTests} the plain
 * bodies and the size limit.
 */
@EdgeHttpTestSupport.LocalEdgeTest
class TriggerEndpointTests extends EdgeHttpTestSupport {
  private static final String ALLOCATION = "{\"strategies\":[\"spymacdvixy\"],\"dryRun\":true}";

  /**
   * The edge alone, with a recording handler. Deliberately not a {@code @SpringBootConfiguration}:
   * other tests in this package that look for one must find the application's. Pub/Sub stays out:
   * the edge publishes nothing.
   */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration(
      excludeName = "com.google.cloud.spring.autoconfigure.pubsub.GcpPubSubAutoConfiguration")
  @Import({IngestConfiguration.class, TriggerController.class, TriggerExceptionAdvice.class})
  static class App {
    @Bean
    RecordingTriggerHandler recordingTriggerHandler() {
      return new RecordingTriggerHandler();
    }
  }

  @Test
  void fullEnvelopeIsATriggerWithEveryDeliveryField() {
    Answer answer =
        http.postJson("/allocation", Envelopes.full(ALLOCATION, "{\"origin\":\"scheduler\"}"));

    assertAcknowledged(answer);
    assertThat(answer.body().path("status").asString()).isEqualTo("recorded");
    Trigger trigger = onlyTrigger();
    assertThat(trigger.intent()).isEqualTo(Intent.ALLOCATION);
    assertThat(trigger.runKey().value()).isEqualTo("allocation:" + Envelopes.MESSAGE_ID);
    assertThat(trigger.options())
        .isEqualTo(new AllocationOptions(List.of("spymacdvixy"), true, Map.of()));
    assertThat(trigger.delivery())
        .isEqualTo(
            new Delivery(
                TriggerSource.PUSH,
                Envelopes.MESSAGE_ID,
                Instant.parse(Envelopes.PUBLISH_TIME),
                Envelopes.SUBSCRIPTION,
                3,
                Map.of("origin", "scheduler"),
                null));
  }

  @Test
  void emulatorEnvelopeWithoutDeliveryAttempt() {
    assertAcknowledged(http.postJson("/risk-check", Envelopes.emulator("5", "{\"dryRun\":true}")));

    Trigger trigger = onlyTrigger();
    assertThat(trigger.runKey().value()).isEqualTo("risk-check:5");
    assertThat(trigger.delivery().deliveryAttempt()).isNull();
    assertThat(trigger.options()).isEqualTo(new RiskCheckOptions(true));
  }

  @Test
  void minimalEnvelopeHasAHashRunKey() {
    String body = Envelopes.minimal(ALLOCATION);

    assertAcknowledged(http.postJson("/allocation", body));

    Trigger trigger = onlyTrigger();
    assertThat(trigger.delivery().source()).isEqualTo(TriggerSource.PUSH);
    assertThat(trigger.delivery().messageId()).isNull();
    assertThat(trigger.runKey())
        .isEqualTo(
            RunKey.ofPlainBody(
                Intent.ALLOCATION, body.getBytes(StandardCharsets.UTF_8), null, null));
  }

  @Test
  void snakeCaseIds() {
    String body =
        "{\"message\":{\"data\":\"%s\",\"message_id\":\"8\"},\"subscription\":\"s\"}"
            .formatted(Envelopes.base64("{}"));

    assertAcknowledged(http.postJson("/eod-check", body));

    assertThat(onlyTrigger().runKey().value()).isEqualTo("eod-check:8");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"text/plain", "application/octet-stream", "application/json; charset=UTF-8"})
  void anyContentTypeIsReadAsRawJson(String contentType) {
    assertAcknowledged(http.post("/allocation", Envelopes.full(ALLOCATION, "{}"), contentType));

    assertThat(onlyTrigger().options()).isInstanceOf(AllocationOptions.class);
  }

  @Test
  void formEncodedContentTypeWithAJsonBodyIsNotMangled() {
    // The emulator's content type: Spring would rebuild this body from form parameters.
    String body = Envelopes.full("{\"strategies\":[\"a=b&c\"],\"dryRun\":false}", "{}");

    assertAcknowledged(http.post("/allocation", body, "application/x-www-form-urlencoded"));

    assertThat(((AllocationOptions) onlyTrigger().options()).strategies()).containsExactly("a=b&c");
  }

  @Test
  void missingContentType() {
    assertAcknowledged(http.post("/risk-check", Envelopes.full("{}", "{}"), null));

    assertThat(onlyTrigger().intent()).isEqualTo(Intent.RISK_CHECK);
  }

  @Test
  void badBase64IsAcknowledgedAsARejection() {
    Answer answer = http.postJson("/allocation", Envelopes.full("31", "\"%%%%\"", "{}"));

    assertAcknowledged(answer);
    assertThat(answer.runId()).isEqualTo("allocation:31");
    assertThat(answer.body().path("status").asString()).isEqualTo("rejected");
    assertThat(onlyRejection().cause()).isEqualTo(RejectionCause.DATA_NOT_BASE64);
  }

  @Test
  void base64OfNonJson() {
    assertAcknowledged(http.postJson("/allocation", Envelopes.full("buy everything", "{}")));

    assertThat(onlyRejection().cause()).isEqualTo(RejectionCause.DATA_NOT_JSON_OBJECT);
  }

  @Test
  void jsonArrayData() {
    assertAcknowledged(http.postJson("/allocation", Envelopes.full("[\"spy\"]", "{}")));

    assertThat(onlyRejection().reason())
        .isEqualTo("message.data must be a JSON object (actual: array)");
  }

  @Test
  void wrongTypes() {
    assertAcknowledged(
        http.postJson("/allocation", Envelopes.full("{\"strategies\":\"spy\"}", "{}")));
    assertThat(onlyRejection().cause()).isEqualTo(RejectionCause.INVALID_OPTIONS);

    handler.reset();
    assertAcknowledged(http.postJson("/allocation", "{\"message\":{\"attributes\":\"a\"}}"));
    assertThat(onlyRejection().cause()).isEqualTo(RejectionCause.INVALID_ENVELOPE);
  }

  @Test
  void unknownKeysAreNamed() {
    assertAcknowledged(
        http.postJson("/allocation", Envelopes.full("{\"strategies\":[\"a\"],\"qty\":1}", "{}")));

    assertThat(onlyRejection().reason()).contains("unknown allocation option 'qty'");
  }

  @Test
  void intentAttributeMismatch() {
    Answer answer =
        http.postJson("/risk-check", Envelopes.full("{}", "{\"intent\":\"allocation\"}"));

    assertAcknowledged(answer);
    assertThat(answer.runId()).isEqualTo("risk-check:" + Envelopes.MESSAGE_ID);
    assertThat(onlyRejection().cause()).isEqualTo(RejectionCause.INTENT_MISMATCH);
  }

  @Test
  void runIdAttributeIsTheRunKey() {
    Answer answer =
        http.postJson("/close-all", Envelopes.full("{}", "{\"runId\":\"flatten-2025-01-03\"}"));

    assertAcknowledged(answer);
    assertThat(answer.runId()).isEqualTo("flatten-2025-01-03");
  }

  @ParameterizedTest
  @EnumSource(Intent.class)
  void everyIntentHasItsEndpoint(Intent intent) {
    String data = intent == Intent.ALLOCATION ? ALLOCATION : "{}";

    assertAcknowledged(http.postJson(intent.path(), Envelopes.full(data, "{}")));

    assertThat(onlyTrigger().intent()).isEqualTo(intent);
    assertThat(onlyTrigger().runKey().value()).startsWith(intent.wireName() + ":");
  }
}
