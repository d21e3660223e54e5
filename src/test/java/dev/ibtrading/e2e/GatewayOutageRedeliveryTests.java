package dev.ibtrading.e2e;

import static dev.ibtrading.testsupport.OutcomeInbox.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.google.pubsub.v1.PubsubMessage;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.paper.PaperFaults.NewConnections;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.run.RunCoordinator;
import dev.ibtrading.testsupport.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gateway away while a trigger arrives: the push is answered 503, the emulator redelivers about
 * every second, and once the gateway is back the run happens, once.
 */
class GatewayOutageRedeliveryTests extends WorkerLoopTestBase {
  @Autowired PaperGateway gateway;
  @Autowired Broker broker;

  @AfterEach
  void gatewayBack() {
    gateway.faults().reset();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> broker.connectionState() == ConnectionState.CONNECTED);
  }

  @Test
  void aTriggerRefusedWhileTheGatewayIsDownIsRedeliveredAndRunsOnceItIsBack() {
    gateway.faults().newConnections(NewConnections.REFUSE);
    gateway.faults().dropAllSessions();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> broker.connectionState() != ConnectionState.CONNECTED);

    try (LogCapture coordinator = LogCapture.of(RunCoordinator.class)) {
      String messageId = publish(SUMMARY_TOPIC, "{}", Map.of());
      String runId = "summary:" + messageId;
      String retried = "Run " + runId + " not done, will be retried";

      // Two refused deliveries: the first push and at least one redelivery.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> coordinator.count(Level.WARN, retried) >= 2);
      assertThat(outcomes.of(runId)).isEmpty();

      gateway.faults().reset();

      List<PubsubMessage> got =
          outcomes.awaitOf(runId, Duration.ofSeconds(60), all -> !all.isEmpty());
      Outcome outcome = read(got.get(0));
      assertThat(outcome.status()).isEqualTo(OutcomeStatus.OK);
      assertThat(outcome.account()).isEqualTo(ACCOUNT);
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(10))
          .until(() -> withStatus(outcomes.of(runId), "ok").size() == 1);
      assertThat(outcomes.of(runId))
          .extracting(m -> m.getAttributesMap().get("status"))
          .isSubsetOf("ok", "duplicate");
    }
  }
}
