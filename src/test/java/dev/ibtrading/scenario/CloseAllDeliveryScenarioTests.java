package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.SubscriptionName;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.testsupport.OutcomeInbox;
import dev.ibtrading.testsupport.OutcomeSchema;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Close-all deliveries the edge answers without trading (again), on the account of {@link
 * CloseAllScenarioTestBase}: Pub/Sub redelivering a push that already ran, and an invalid {@code
 * scope}.
 */
class CloseAllDeliveryScenarioTests extends CloseAllScenarioTestBase {
  private static final String OWN = "{\"scope\":\"own\"}";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aRedeliveryAfterTheRunEndedAnswersTheSameOutcomeAndTradesNothing() {
    Pushed first = push(Intent.CLOSE_ALL, OWN);
    assertThat(first.status()).isEqualTo(OutcomeStatus.OK);
    int closingFills = executionsOf(first.runId()).size();
    assertThat(closingFills).as("fills of the first delivery").isPositive();
    // Bought after the run: a second close-all of scope own would sell it.
    BigDecimal boughtSince = new BigDecimal("7");
    handTrader().buy("SPY", boughtSince);

    HttpResponse<String> again = redeliver(first, OWN);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body())).isEqualTo(first.answer());
    PubsubMessage notice = duplicateNotice(first.runId());
    JsonNode noticeJson = JSON.readTree(notice.getData().toByteArray());
    assertThat(OutcomeSchema.violations(noticeJson)).isEmpty();
    assertThat(notice.getAttributesMap())
        .containsEntry("intent", "close-all")
        .containsEntry("status", "duplicate");
    assertThat(OutcomeJson.read(notice.getData().toByteArray()).warnings())
        .extracting(Problem::code)
        .containsExactly("duplicate-delivery");
    assertThat(outcomesOf(first.runId()).stream().filter(m -> !isDuplicate(m)))
        .as("terminal outcomes of %s", first.runId())
        .hasSize(1);
    // The gateway: no second set of closing orders.
    assertThat(executionsOf(first.runId())).hasSize(closingFills);
    assertThat(openOrdersOf(first.runId())).isEmpty();
    assertThat(held("SPY")).isEqualByComparingTo(boughtSince);
    assertThat(openPermIds()).containsExactly(otherOrder.permId());
  }

  @Test
  void anInvalidScopeIsAcknowledgedAsRejectedAndChangesNothing() {
    Pushed run = push(Intent.CLOSE_ALL, "{\"scope\":\"everything\"}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.REJECTED);
    assertThat(run.attributes()).containsEntry("status", "rejected");
    assertThat(run.result()).isNull();
    assertThat(run.errorCodes()).containsExactly("invalid-options");
    assertThat(run.problem("invalid-options").message())
        .contains("'scope'")
        .contains("one of own, all")
        .contains("everything");
    assertThat(held("SPY")).isEqualByComparingTo(spyShares);
    assertThat(held("AAPL")).isEqualByComparingTo(AAPL_SHARES);
    assertThat(openPermIds()).containsExactlyInAnyOrder(ownOrder.permId(), otherOrder.permId());
    assertThat(executionsOf(run.runId())).isEmpty();
  }

  /** Pushes {@code dataJson} again as the message {@code first} was, with the same message id. */
  private HttpResponse<String> redeliver(Pushed first, String dataJson) {
    String messageId = first.runId().substring(Intent.CLOSE_ALL.wireName().length() + 1);
    return new PushClient(httpPort, projectIds.getProjectId(), topology)
        .post(Intent.CLOSE_ALL, messageId, dataJson, Map.of(), pushHeaders());
  }

  private PubsubMessage duplicateNotice(String runId) {
    return outcomes()
        .awaitOf(runId, Duration.ofSeconds(30), all -> all.stream().anyMatch(m -> isDuplicate(m)))
        .stream()
        .filter(m -> isDuplicate(m))
        .findFirst()
        .orElseThrow();
  }

  private List<PubsubMessage> outcomesOf(String runId) {
    return outcomes().of(runId);
  }

  private OutcomeInbox outcomes() {
    String project = projectIds.getProjectId();
    return new OutcomeInbox(
        subscriptions, SubscriptionName.format(project, topology.outcomeReaderSubscription()));
  }

  private static boolean isDuplicate(PubsubMessage message) {
    return "duplicate".equals(message.getAttributesMap().get("status"));
  }
}
