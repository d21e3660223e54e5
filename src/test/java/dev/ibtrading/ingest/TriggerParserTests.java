package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.allocation.AllocationOptions;
import dev.ibtrading.closeall.CloseAllOptions;
import dev.ibtrading.closeall.CloseAllScope;
import dev.ibtrading.outcome.TriggerSource;
import dev.ibtrading.riskcheck.RiskCheckOptions;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Received;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RejectionCause;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The validation layers one by one; the HTTP matrix is {@link TriggerEndpointTests}. */
class TriggerParserTests {
  private static final String ALLOCATION = "{\"strategies\":[\"spymacdvixy\"]}";

  private final TriggerParser parser = new TriggerParser();

  private Received parse(Intent intent, String body) {
    return parser.parse(intent, body.getBytes(StandardCharsets.UTF_8), RequestHeaders.none());
  }

  private Trigger trigger(Intent intent, String body) {
    Received received = parse(intent, body);
    assertThat(received).isInstanceOf(Trigger.class);
    return (Trigger) received;
  }

  private Rejection rejection(Intent intent, String body) {
    Received received = parse(intent, body);
    assertThat(received).isInstanceOf(Rejection.class);
    return (Rejection) received;
  }

  @Nested
  class Envelope {
    @Test
    void fullEnvelopeCarriesEveryDeliveryField() {
      Trigger trigger =
          trigger(Intent.ALLOCATION, Envelopes.full(ALLOCATION, "{\"origin\":\"scheduler\"}"));

      Delivery delivery = trigger.delivery();
      assertThat(delivery.source()).isEqualTo(TriggerSource.PUSH);
      assertThat(delivery.messageId()).isEqualTo(Envelopes.MESSAGE_ID);
      assertThat(delivery.publishTime()).isEqualTo(Instant.parse(Envelopes.PUBLISH_TIME));
      assertThat(delivery.subscription()).isEqualTo(Envelopes.SUBSCRIPTION);
      assertThat(delivery.deliveryAttempt()).isEqualTo(3);
      assertThat(delivery.attributes()).isEqualTo(Map.of("origin", "scheduler"));
      assertThat(trigger.runKey().value()).isEqualTo("allocation:" + Envelopes.MESSAGE_ID);
      assertThat(trigger.options())
          .isEqualTo(new AllocationOptions(List.of("spymacdvixy"), false, Map.of()));
    }

    @Test
    void snakeCaseIdsAloneAreEnough() {
      String body =
          "{\"message\":{\"data\":\"%s\",\"message_id\":\"42\",\"publish_time\":\"%s\"}}"
              .formatted(Envelopes.base64(ALLOCATION), Envelopes.PUBLISH_TIME);

      Trigger trigger = trigger(Intent.ALLOCATION, body);

      assertThat(trigger.delivery().messageId()).isEqualTo("42");
      assertThat(trigger.delivery().publishTime()).isEqualTo(Instant.parse(Envelopes.PUBLISH_TIME));
      assertThat(trigger.runKey().value()).isEqualTo("allocation:42");
    }

    @Test
    void aBlankMessageIdFallsBackToTheBodyHash() {
      String body = "{\"message\":{\"messageId\":\" \"}}";

      Trigger trigger = trigger(Intent.RISK_CHECK, body);

      assertThat(trigger.runKey().value()).startsWith("risk-check:h");
    }

    @Test
    void idsThatDisagreeAreRefused() {
      String body = "{\"message\":{\"data\":\"\",\"messageId\":\"1\",\"message_id\":\"2\"}}";

      Rejection rejection = rejection(Intent.RISK_CHECK, body);

      assertThat(rejection.cause()).isEqualTo(RejectionCause.INVALID_ENVELOPE);
      assertThat(rejection.reason()).contains("'message.messageId' and 'message.message_id'");
    }

    @Test
    void attributesOnlyMessageHasEmptyOptions() {
      Trigger trigger =
          trigger(Intent.RISK_CHECK, "{\"message\":{\"attributes\":{\"runId\":\"r1\"}}}");

      assertThat(trigger.options()).isEqualTo(new RiskCheckOptions(false));
      assertThat(trigger.runKey().value()).isEqualTo("r1");
    }

    @Test
    void unknownEnvelopeKeysAreGooglesToAdd() {
      String body =
          "{\"message\":{\"data\":\"%s\",\"orderingKey\":\"DU1\",\"futureField\":1},\"extra\":true}"
              .formatted(Envelopes.base64(ALLOCATION));

      assertThat(trigger(Intent.ALLOCATION, body).options()).isInstanceOf(AllocationOptions.class);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '`',
        value = {
          "{\"message\":\"text\"}|'message' must be an object (actual: string",
          "{\"message\":{\"data\":5}}|'message.data' must be a string (actual: number 5)",
          "{\"message\":{\"attributes\":[]}}|'message.attributes' must be an object",
          "{\"message\":{\"attributes\":{\"a\":1}}}|'message.attributes.a' must be a string",
          "{\"message\":{\"attributes\":{\"a\":null}}}|'message.attributes.a' must be a string",
          "{\"message\":{\"publishTime\":\"yesterday\"}}|not an RFC 3339 time (actual: 'yesterday'",
          "{\"message\":{},\"deliveryAttempt\":\"one\"}|'deliveryAttempt' must be an integer >= 1",
          "{\"message\":{},\"deliveryAttempt\":0}|'deliveryAttempt' must be an integer >= 1",
          "{\"message\":{},\"subscription\":{}}|'subscription' must be a string (actual: empty"
        })
    void wrongShapesAreInvalidEnvelopes(String body, String reason) {
      Rejection rejection = rejection(Intent.RISK_CHECK, body);

      assertThat(rejection.cause()).isEqualTo(RejectionCause.INVALID_ENVELOPE);
      assertThat(rejection.reason()).startsWith("push envelope: ").contains(reason);
      assertThat(rejection.delivery().source()).isEqualTo(TriggerSource.PUSH);
    }
  }

  @Nested
  class Data {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '`',
        value = {
          "not base64!!|Illegal base64 character",
          "abc|length 3 is not a multiple of 4",
          "eyJ9-_==|Illegal base64 character", // URL-safe alphabet: not what Pub/Sub sends
          "eyJ9\\nfQ=|Illegal base64 character" // a MIME line break
        })
    void badBase64IsRejectedWithTheMessagesRunKey(String data, String reason) {
      Rejection rejection =
          rejection(Intent.ALLOCATION, Envelopes.full("77", "\"" + data + "\"", "{}"));

      assertThat(rejection.cause()).isEqualTo(RejectionCause.DATA_NOT_BASE64);
      assertThat(rejection.reason()).contains(reason);
      assertThat(rejection.runKey().value()).isEqualTo("allocation:77");
      assertThat(rejection.delivery().messageId()).isEqualTo("77");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '`',
        value = {
          "strategies: spy|message.data is not JSON",
          "[\"spy\"]|message.data must be a JSON object (actual: array)",
          "\"spy\"|message.data must be a JSON object (actual: string",
          "null|message.data must be a JSON object (actual: null)",
          "{\"dryRun\":true} {}|message.data is not JSON",
          "{\"dryRun\":true,\"dryRun\":false}|Duplicate Object property \"dryRun\""
        })
    void dataThatIsNoJsonObjectIsRejected(String data, String reason) {
      Rejection rejection = rejection(Intent.RISK_CHECK, Envelopes.full(data, "{}"));

      assertThat(rejection.cause()).isEqualTo(RejectionCause.DATA_NOT_JSON_OBJECT);
      assertThat(rejection.reason()).contains(reason);
    }
  }

  @Nested
  class Attributes {
    @Test
    void runIdWinsOverTheMessageId() {
      Trigger trigger =
          trigger(Intent.ALLOCATION, Envelopes.full(ALLOCATION, "{\"runId\":\"open-2025-01-03\"}"));

      assertThat(trigger.runKey().value()).isEqualTo("open-2025-01-03");
      assertThat(trigger.delivery().attributes()).containsEntry("runId", "open-2025-01-03");
    }

    @Test
    void invalidRunIdIsRejectedUnderTheMessagesRunKey() {
      Rejection rejection =
          rejection(Intent.ALLOCATION, Envelopes.full(ALLOCATION, "{\"runId\":\"no spaces\"}"));

      assertThat(rejection.cause()).isEqualTo(RejectionCause.INVALID_RUN_ID);
      assertThat(rejection.reason()).contains("attribute runId").contains("'no spaces'");
      assertThat(rejection.runKey().value()).isEqualTo("allocation:" + Envelopes.MESSAGE_ID);
    }

    @ParameterizedTest
    @EnumSource(Intent.class)
    void anIntentAttributeNamingTheEndpointIsAccepted(Intent intent) {
      String data = intent == Intent.ALLOCATION ? ALLOCATION : "{}";
      String attributes = "{\"intent\":\"" + intent.wireName() + "\"}";

      assertThat(trigger(intent, Envelopes.full(data, attributes)).intent()).isEqualTo(intent);
    }

    @Test
    void reconciliationIsTheEodCheck() {
      String body = Envelopes.full("{}", "{\"intent\":\"reconciliation\"}");

      assertThat(trigger(Intent.EOD_CHECK, body).intent()).isEqualTo(Intent.EOD_CHECK);
      assertThat(rejection(Intent.RISK_CHECK, body).cause())
          .isEqualTo(RejectionCause.INTENT_MISMATCH);
    }

    @Test
    void anIntentAttributeContradictingTheEndpointIsRejected() {
      Rejection rejection =
          rejection(Intent.ALLOCATION, Envelopes.full(ALLOCATION, "{\"intent\":\"close-all\"}"));

      assertThat(rejection.cause()).isEqualTo(RejectionCause.INTENT_MISMATCH);
      assertThat(rejection.reason())
          .isEqualTo(
              "attribute intent 'close-all' contradicts the endpoint /allocation"
                  + " (expected: allocation or no intent attribute)");
    }

    @Test
    void anUnknownIntentIsRejected() {
      Rejection rejection =
          rejection(Intent.ALLOCATION, Envelopes.full(ALLOCATION, "{\"intent\":\"Allocation\"}"));

      assertThat(rejection.cause()).isEqualTo(RejectionCause.INTENT_MISMATCH);
      assertThat(rejection.reason()).contains("'Allocation' is not an intent (expected one of:");
    }
  }

  @Nested
  class Options {
    @Test
    void aPushedCloseAllCarriesItsScope() {
      Trigger trigger =
          trigger(Intent.CLOSE_ALL, Envelopes.full("{\"scope\":\"all\",\"dryRun\":true}", "{}"));

      assertThat(trigger.options())
          .isEqualTo(new CloseAllOptions(CloseAllScope.ALL, true, Map.of()));
    }

    @Test
    void anUnknownScopeIsRejectedUnderTheMessagesRunKey() {
      Rejection rejection =
          rejection(Intent.CLOSE_ALL, Envelopes.full("{\"scope\":\"everything\"}", "{}"));

      assertThat(rejection.cause()).isEqualTo(RejectionCause.INVALID_OPTIONS);
      assertThat(rejection.reason())
          .isEqualTo(
              "close-all option 'scope' must be one of own, all (actual: string \"everything\")");
      assertThat(rejection.runKey().value()).isEqualTo("close-all:" + Envelopes.MESSAGE_ID);
    }

    @Test
    void aPlainCloseAllDefaultsToItsOwnScope() {
      assertThat(trigger(Intent.CLOSE_ALL, "{}").options())
          .isEqualTo(new CloseAllOptions(CloseAllScope.OWN, false, Map.of()));
    }
  }

  @Nested
  class PlainBody {
    @Test
    void plainBodyIsDirectWithAHashRunKey() {
      Trigger trigger = trigger(Intent.ALLOCATION, ALLOCATION);

      assertThat(trigger.delivery()).isEqualTo(Delivery.direct());
      assertThat(trigger.runKey())
          .isEqualTo(
              RunKey.ofPlainBody(
                  Intent.ALLOCATION, ALLOCATION.getBytes(StandardCharsets.UTF_8), null, null));
    }

    @Test
    void schedulerHeadersMakeASchedulerTrigger() {
      RequestHeaders headers =
          new RequestHeaders("open-job", "2025-01-03T14:35:00Z", true, null, null, null);

      Received received = parser.parse(Intent.RISK_CHECK, "{\"dryRun\":true}".getBytes(), headers);

      Trigger trigger = (Trigger) received;
      assertThat(trigger.delivery().source()).isEqualTo(TriggerSource.SCHEDULER);
      assertThat(trigger.delivery().schedulerJob()).isEqualTo("open-job");
      assertThat(trigger.delivery().publishTime()).isEqualTo(Instant.parse("2025-01-03T14:35:00Z"));
      assertThat(trigger.options()).isEqualTo(new RiskCheckOptions(true));
    }

    @Test
    void unwrappedPushHeadersGiveTheMessageRunKey() {
      RequestHeaders headers =
          new RequestHeaders(null, null, false, "99", "projects/p/subscriptions/s", "bad time");

      Trigger trigger = (Trigger) parser.parse(Intent.RISK_CHECK, "{}".getBytes(), headers);

      assertThat(trigger.runKey().value()).isEqualTo("risk-check:99");
      assertThat(trigger.delivery().source()).isEqualTo(TriggerSource.PUSH);
      assertThat(trigger.delivery().subscription()).isEqualTo("projects/p/subscriptions/s");
      assertThat(trigger.delivery().publishTime()).isNull();
    }

    @Test
    void notJsonIsRejectedWithoutEchoingTheWholeBody() {
      Rejection rejection = rejection(Intent.RISK_CHECK, "dryRun=true&x=" + "y".repeat(500));

      assertThat(rejection.cause()).isEqualTo(RejectionCause.BODY_NOT_JSON);
      assertThat(rejection.reason()).startsWith("body is not JSON: ").contains("line 1");
      assertThat(rejection.reason().length()).isLessThan(300);
      assertThat(rejection.delivery().source()).isEqualTo(TriggerSource.DIRECT);
    }

    @Test
    void aJsonArrayBodyIsRejected() {
      assertThat(rejection(Intent.RISK_CHECK, "[]").reason())
          .isEqualTo("body must be a JSON object (actual: empty array)");
    }
  }
}
