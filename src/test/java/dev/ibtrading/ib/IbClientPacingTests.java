package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.RequestCurrentTime;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.testsupport.TestSettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rate limit on a real session: a lower bound on elapsed time only, never an upper one. */
class IbClientPacingTests {

  @Test
  void threeTimesTheRateTakesAtLeastTwoSeconds() throws Exception {
    try (PaperGateway gateway =
            new PaperGateway(PaperGatewayConfig.forTests(), PaperClock.fixedAt(Instant.EPOCH))
                .start();
        IbClient client = new IbClient(TestSettings.fast(gateway.port(), 3, 5))) {
      client.connect();

      long start = System.nanoTime();
      for (int i = 0; i < 15; i++) {
        client.send(new RequestCurrentTime());
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      // Sends 5 and 10 must each wait until the send 5 before them is a second old.
      assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }
  }
}
