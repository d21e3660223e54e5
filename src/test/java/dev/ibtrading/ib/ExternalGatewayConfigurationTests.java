package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.UnsafeTradingConfigurationException;
import dev.ibtrading.paper.EmbeddedPaperGatewayConfiguration;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The wiring in external mode, against a paper gateway the test starts after the worker. */
class ExternalGatewayConfigurationTests {
  private static final Instant NOW = Instant.parse("2025-01-03T15:00:00Z");

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(IbConfiguration.class, EmbeddedPaperGatewayConfiguration.class);

  @Test
  void becomesReadyOnceTheGatewayIsUpAndTradesThroughIt() throws IOException {
    int port = freePort();
    runner
        .withPropertyValues("ib.gateway.mode=external", "ib.gateway.port=" + port, "ib.client-id=3")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(PaperGateway.class);
              HealthIndicator readiness =
                  context.getBean("gatewayHealthIndicator", HealthIndicator.class);
              Health before = readiness.health();
              assertThat(before.getStatus()).isEqualTo(Status.DOWN);
              assertThat(before.getDetails())
                  .containsEntry("gateway", "127.0.0.1:" + port)
                  .doesNotContainKey("serverVersion");

              try (PaperGateway gateway =
                  new PaperGateway(PaperGatewayConfig.forTests(port), PaperClock.fixedAt(NOW))
                      .start()) {
                await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> readiness.health().getStatus().equals(Status.UP));

                Health after = readiness.health();
                assertThat(after.getDetails())
                    .containsEntry("state", dev.ibtrading.broker.ConnectionState.CONNECTED)
                    .containsEntry("serverVersion", 176)
                    .containsEntry("account", "DU0000001");
                assertThat(context.getBean(Broker.class).currentTime()).isEqualTo(NOW);
              }
            });
  }

  @Test
  void liveTradingWithTheEmbeddedPaperGatewayIsRefused() {
    runner
        .withPropertyValues(
            "trading.mode=live", "trading.live-confirmed=true", "ib.gateway.mode=embedded")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(UnsafeTradingConfigurationException.class)
                    .hasMessageContaining("trading.mode=live with ib.gateway.mode=embedded"));
  }

  /** A port nothing listens on right now; the gateway binds it later in the test. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
