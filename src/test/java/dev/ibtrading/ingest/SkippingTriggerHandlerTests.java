package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.riskcheck.RiskCheckOptions;
import dev.ibtrading.trigger.AckPolicy;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RejectionCause;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class SkippingTriggerHandlerTests {
  private final SkippingTriggerHandler handler = new SkippingTriggerHandler();

  @Test
  void acknowledgesTriggersAsSkipped() {
    Trigger trigger =
        new Trigger(
            Intent.RISK_CHECK,
            RunKey.ofRunId("r1"),
            new RiskCheckOptions(false),
            Delivery.direct());

    RunAnswer answer = handler.handle(trigger);

    assertThat(answer.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    ObjectNode body = answer.body();
    assertThat(body.path("runId").asString()).isEqualTo("r1");
    assertThat(body.path("intent").asString()).isEqualTo("risk-check");
    assertThat(body.path("status").asString()).isEqualTo("skipped");
    assertThat(body.path("message").asString()).isEqualTo("run coordination not wired yet");
  }

  @Test
  void acknowledgesRejectionsAsRejected() {
    Rejection rejection =
        new Rejection(
            Intent.ALLOCATION,
            RunKey.ofRunId("r2"),
            RejectionCause.INVALID_OPTIONS,
            "unknown allocation option 'x'",
            Delivery.direct());

    RunAnswer answer = handler.reject(rejection);

    assertThat(answer.policy()).isEqualTo(AckPolicy.REJECT_AND_ACKNOWLEDGE);
    assertThat(answer.body().path("status").asString()).isEqualTo("rejected");
    assertThat(answer.body().path("cause").asString()).isEqualTo("INVALID_OPTIONS");
    assertThat(answer.body().path("reason").asString()).isEqualTo("unknown allocation option 'x'");
  }
}
