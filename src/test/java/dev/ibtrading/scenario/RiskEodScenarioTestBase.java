package dev.ibtrading.scenario;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.paper.PaperAccount;
import dev.ibtrading.paper.PaperUniverse;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The settings and helpers the risk-check and eod-check scenarios share, so that both run in one
 * application context (one emulator, one paper gateway) instead of one each.
 *
 * <p>The risk limits give each action its own breach, one action per measure:
 *
 * <ul>
 *   <li>{@code daily-loss} above {@value #DAILY_LOSS} asks {@code report};
 *   <li>{@code margin-cushion} below {@value #MIN_CUSHION} asks {@code cancel-open-orders}: with
 *       the paper account's 25% maintenance rate on longs the cushion is 1 - 0.25 x leverage, so a
 *       long book between 1.2 and 1.5 times NetLiquidation breaches it and nothing else;
 *   <li>{@code gross-leverage} above {@value #MAX_LEVERAGE} asks {@code reduce};
 *   <li>{@code position-loss} above {@value #POSITION_LOSS} asks {@code flatten}.
 * </ul>
 *
 * These scenarios build books above NetLiquidation on purpose (two strategies on SPY, leverage up
 * to 1.5), which the default allocation caps would clip: they are widened explicitly, as an account
 * that means to use leverage does.
 *
 * <p>The allocation's fill timeout is short, so an allocation whose order rests (partial fills)
 * ends in seconds rather than a minute.
 *
 * <p>Prices the scenarios pin on the paper gateway are released after each test. The context is not
 * dirtied: both subclasses use it, and it closes with the others at the end of the run.
 */
@TestPropertySource(
    properties = {
      "risk.daily-loss.limit=" + RiskEodScenarioTestBase.DAILY_LOSS,
      "risk.daily-loss.action=report",
      "risk.margin-cushion.limit=" + RiskEodScenarioTestBase.MIN_CUSHION,
      "risk.margin-cushion.action=cancel-open-orders",
      "risk.gross-leverage.limit=" + RiskEodScenarioTestBase.MAX_LEVERAGE,
      "risk.gross-leverage.action=reduce",
      "risk.position-loss.limit=" + RiskEodScenarioTestBase.POSITION_LOSS,
      "risk.position-loss.action=flatten",
      "allocation.fill-timeout=2s",
      "allocation.max-order-fraction=none",
      "allocation.max-gross-leverage=none"
    })
abstract class RiskEodScenarioTestBase extends ScenarioTestBase {
  static final String DAILY_LOSS = "0.05";
  static final String MIN_CUSHION = "0.7";
  static final String MAX_LEVERAGE = "1.5";
  static final String POSITION_LOSS = "0.1";

  /** The allocation that opens the managed SPY position: {@code dummy} buys on TRADING_DAY. */
  private static final String DUMMY = "{\"strategies\":[\"dummy\"]}";

  /** Pushes the {@code dummy} allocation and returns the SPY position it left at the gateway. */
  BigDecimal allocateSpy() {
    Pushed run = push(Intent.ALLOCATION, DUMMY);
    if (run.status() != OutcomeStatus.OK) {
      throw new AssertionError(
          "setup allocation " + run.runId() + " ended " + run.status() + ": " + run.outcome());
    }
    return held("SPY");
  }

  /**
   * Books {@code fraction} of NetLiquidation's worth of {@code symbol}, bought at its previous
   * close, straight into the paper account as held since yesterday (a fill without a time is an old
   * one): it is in the previous close's equity, so today's daily loss is its move from that close,
   * unlike a position bought today. Returns the shares.
   */
  BigDecimal heldSinceThePreviousClose(String symbol, String fraction) {
    PaperAccount account = paperGateway().account();
    BigDecimal previousClose = BigDecimal.valueOf(paperGateway().market().previousClose(symbol));
    BigDecimal shares =
        netLiquidation()
            .multiply(new BigDecimal(fraction))
            .divide(previousClose, 0, RoundingMode.DOWN);
    int conId = PaperUniverse.bySymbol(symbol).orElseThrow().conId();
    account.applyFill(symbol, conId, shares, previousClose, BigDecimal.ZERO);
    return shares;
  }

  /** Buys {@code fraction} of NetLiquidation's worth of AAPL by hand; returns the shares. */
  BigDecimal handBuysAaplWorth(String fraction) {
    BigDecimal shares =
        netLiquidation()
            .multiply(new BigDecimal(fraction))
            .divide(referencePrice("AAPL"), 0, RoundingMode.DOWN);
    handTrader().buy("AAPL", shares);
    return shares;
  }

  /** Trades {@code shares} at market through {@code by} and waits for the fill. */
  static void trade(Broker by, String symbol, OrderSide side, BigDecimal shares, String ref) {
    OrderRequest order =
        OrderRequest.market(by.contract(Instrument.usStock(symbol)), side, shares, ref);
    OrderReport done = by.awaitOrder(by.placeOrder(order).orderId(), Duration.ofSeconds(30));
    if (done.status() != OrderStatus.FILLED) {
      throw new AssertionError("setup order not filled: " + done);
    }
  }

  /** A one-share buy limit at half the market through {@code by}: it rests. */
  static OrderReport restingBuy(Broker by, String symbol, String ref) {
    var contract = by.contract(Instrument.usStock(symbol));
    BigDecimal half =
        by.quote(contract).referencePrice().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
    OrderReport placed =
        by.placeOrder(OrderRequest.limit(contract, OrderSide.BUY, BigDecimal.ONE, half, ref));
    if (placed.status().isTerminal()) {
      throw new AssertionError("resting order not accepted: " + placed);
    }
    return placed;
  }

  /**
   * The permanent ids of the account's open orders at the gateway, from any client (order ids are
   * per client).
   */
  List<Long> openPermIds() {
    return broker.openOrders().stream().map(OrderReport::permId).toList();
  }

  /** The first entry of {@code list} in {@code run}'s result whose {@code key} is {@code value}. */
  static JsonNode entry(Pushed run, String list, String key, String value) {
    for (JsonNode entry : run.result().path(list)) {
      if (value.equals(entry.path(key).asString())) {
        return entry;
      }
    }
    throw new AssertionError(
        "no " + list + " entry with " + key + " " + value + " in " + run.result());
  }

  /** The entries of {@code list} in {@code run}'s result whose {@code key} is {@code value}. */
  static List<JsonNode> entries(Pushed run, String list, String key, String value) {
    return run.result()
        .path(list)
        .valueStream()
        .filter(e -> value.equals(e.path(key).asString()))
        .toList();
  }
}
