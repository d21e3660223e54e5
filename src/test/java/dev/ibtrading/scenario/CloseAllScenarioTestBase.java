package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.Position;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * The account every close-all scenario starts from, on the shared scenario context (managed
 * universe: SPY and VIXY, from {@code dummy} and {@code spymacdvixy}):
 *
 * <ul>
 *   <li>SPY bought by a {@code dummy} allocation pushed through {@code /allocation} ({@link
 *       #spyShares});
 *   <li>{@link #AAPL_SHARES} of AAPL bought by hand (another client), outside the universe;
 *   <li>{@link #ownOrder}: a resting SELL SPY limit of this worker (its client id), as an earlier
 *       run might leave one;
 *   <li>{@link #otherOrder}: a resting BUY SPY limit of the hand trader, another client.
 * </ul>
 */
abstract class CloseAllScenarioTestBase extends ScenarioTestBase {
  static final BigDecimal AAPL_SHARES = new BigDecimal("40");

  /** The orderRef of {@link #ownOrder}: an earlier run's, not the close-all's. */
  static final String EARLIER_RUN = "allocation:earlier-run";

  BigDecimal spyShares;
  OrderReport ownOrder;
  OrderReport otherOrder;

  @BeforeEach
  final void accountWithPositionsAndRestingOrders() {
    Pushed allocation = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"]}");
    assertThat(allocation.status()).as("fixture: the allocation").isEqualTo(OutcomeStatus.OK);
    spyShares = held("SPY");
    assertThat(spyShares).as("fixture: SPY bought by the allocation").isPositive();
    handTrader().buy("AAPL", AAPL_SHARES);
    // Far from SPY's price (about 509), so both rest.
    ownOrder = restingSpy(broker, OrderSide.SELL, new BigDecimal("100000"), EARLIER_RUN);
    otherOrder =
        restingSpy(handTrader().broker(), OrderSide.BUY, BigDecimal.ONE, HandTrader.ORDER_REF);
    assertThat(openPermIds())
        .as("fixture: both resting orders open")
        .containsExactlyInAnyOrder(ownOrder.permId(), otherOrder.permId());
  }

  private static OrderReport restingSpy(
      Broker on, OrderSide side, BigDecimal limit, String orderRef) {
    Contract spy = on.contract(Instrument.usStock("SPY"));
    return on.placeOrder(OrderRequest.limit(spy, side, BigDecimal.ONE, limit, orderRef));
  }

  /** The permIds of every open order at the gateway, from any client. */
  List<Long> openPermIds() {
    return broker.openOrders().stream().map(OrderReport::permId).toList();
  }

  /** Sells {@code shares} of {@code symbol} short by hand, at market, and waits until filled. */
  void sellShortByHand(String symbol, BigDecimal shares) {
    IbBroker hand = handTrader().broker();
    OrderReport placed =
        hand.placeOrder(
            OrderRequest.market(
                hand.contract(Instrument.usStock(symbol)),
                OrderSide.SELL,
                shares,
                HandTrader.ORDER_REF));
    assertThat(hand.awaitOrder(placed.orderId(), Duration.ofSeconds(30)).status())
        .as("short sale of %s by hand", symbol)
        .isEqualTo(OrderStatus.FILLED);
  }

  /** The account's non-zero positions at the gateway now. */
  List<Position> openPositions() {
    return broker.positions().stream().filter(p -> p.quantity().signum() != 0).toList();
  }
}
