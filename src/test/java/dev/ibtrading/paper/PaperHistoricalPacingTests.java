package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.Bar;
import dev.ibtrading.ib.HistoricalBarsRequest;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbErrorCodes;
import dev.ibtrading.ib.IbRequestException;
import dev.ibtrading.ib.message.WireContract;
import dev.ibtrading.testsupport.TestSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pacing refusals over a real socket: the one a test injects, and the ones an enforcing gateway
 * finds by IB's rules on its own clock (which the test moves, so nothing waits).
 */
class PaperHistoricalPacingTests {
  private static final Instant NOW = Instant.parse("2025-01-06T22:00:00Z");
  private static final WireContract SPY = WireContract.stock(0, "SPY", "USD", "");
  private static final WireContract VIXY = WireContract.stock(0, "VIXY", "USD", "");

  private final PaperClock clock = PaperClock.fixedAt(NOW);
  private PaperGateway gateway;
  private IbClient client;

  private void start(boolean enforce) throws Exception {
    gateway =
        new PaperGateway(
                PaperGatewayConfig.forTests().toBuilder().enforceHistoricalPacing(enforce).build(),
                clock)
            .start();
    client = new IbClient(TestSettings.fast(gateway.port(), 31));
    client.connect();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  private List<Bar> lastMonth(WireContract contract) throws Exception {
    return client
        .submit(
            HistoricalBarsRequest.covering(
                client.nextRequestId(),
                contract,
                LocalDate.of(2024, 12, 1),
                LocalDate.of(2024, 12, 31),
                clock.now()))
        .get();
  }

  private static void assertPacingViolation(ThrowingCall call) {
    assertThatThrownBy(call::run)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            IbRequestException.class,
            e -> {
              assertThat(e.code()).isEqualTo(162);
              assertThat(e.text()).isEqualTo(IbErrorCodes.HISTORICAL_PACING_VIOLATION);
            });
  }

  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void anInjectedViolationRefusesTheNthRequestOnlyWithIbsText() throws Exception {
    start(false);
    gateway.faults().historicalPacingViolationAt(2);

    assertThat(lastMonth(SPY)).hasSize(21);
    assertPacingViolation(() -> lastMonth(VIXY));
    assertThat(lastMonth(VIXY)).as("disarmed after one").hasSize(21);
  }

  @Test
  void withoutEnforcementIdenticalRequestsAreServed() throws Exception {
    start(false);

    assertThat(lastMonth(SPY)).hasSize(21);
    assertThat(lastMonth(SPY)).hasSize(21);
  }

  @Test
  void anEnforcingGatewayRefusesAnIdenticalRequestWithin15sOfItsClock() throws Exception {
    start(true);

    assertThat(lastMonth(SPY)).hasSize(21);
    assertThat(lastMonth(VIXY)).as("another contract").hasSize(21);
    clock.set(NOW.plusSeconds(14));
    assertPacingViolation(() -> lastMonth(SPY));
    clock.set(NOW.plusSeconds(15));
    assertThat(lastMonth(SPY)).hasSize(21);
  }
}
