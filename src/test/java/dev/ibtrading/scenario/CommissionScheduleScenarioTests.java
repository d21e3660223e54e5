package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.paper.CommissionSchedule;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The embedded paper gateway charges by the schedule {@code ib.paper.commission-schedule} names:
 * here IB's tiered one, whose minimum (USD 0.35) is far below the default per-share schedule's (USD
 * 1.00), so a small fill shows which schedule charged it.
 */
@TestPropertySource(properties = "ib.paper.commission-schedule=ib-tiered")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CommissionScheduleScenarioTests extends ScenarioTestBase {

  @Test
  void aSmallFillIsChargedIbsTieredMinimumNotThePerShareOne() {
    assertThat(paperGateway().config().commissionSchedule())
        .isEqualTo(CommissionSchedule.IB_TIERED);

    OrderReport bought = handTrader().buy("SPY", new BigDecimal("10"));

    Fill fill =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    broker.executions().stream()
                        .filter(f -> f.orderId() == bought.orderId() && f.commission() != null)
                        .findFirst()
                        .orElse(null),
                f -> f != null);
    // Tiered, 10 shares: the USD 0.35 minimum (10 x 0.0035 is less), clearing 10 x 0.0002 and
    // the NYSE and FINRA pass-through fees on the commission: about 0.3523 (IbCommissionTests).
    assertThat(fill.commission()).isBetween(new BigDecimal("0.35"), new BigDecimal("0.36"));
  }
}
