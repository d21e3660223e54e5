package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GatewayMetricsTests {
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  private double state(String state) {
    return meters.get("ibtrading.gateway.state").tag("state", state).gauge().value();
  }

  @Test
  void reportsTheSessionStateOfARealConnection() throws Exception {
    try (PaperGateway gateway =
            new PaperGateway(
                    PaperGatewayConfig.forTests(),
                    PaperClock.fixedAt(Instant.parse("2025-01-02T15:00:00Z")))
                .start();
        IbClient client =
            new IbClient(
                IbSettings.defaults("127.0.0.1", gateway.port(), 5)
                    .withConnectTimeout(Duration.ofSeconds(5)))) {
      new GatewayMetrics(client).bindTo(meters);
      assertThat(state("disconnected")).isEqualTo(1);

      client.connect();

      assertThat(state("connected")).isEqualTo(1);
      assertThat(state("disconnected")).isZero();
      assertThat(meters.get("ibtrading.gateway.reconnects").functionCounter().count()).isZero();
    }
  }
}
