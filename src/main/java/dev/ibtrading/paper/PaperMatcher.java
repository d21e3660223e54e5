package dev.ibtrading.paper;

import dev.ibtrading.ib.FxPair;
import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.WireContract;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Moves working orders along on the gateway clock: releases orders held for the open, ends DAY
 * orders at the close, runs the close (MOC/LOC) and open (OPG) auctions, and fills.
 *
 * <p>Prices: market orders fill at the simulated last price moved {@code slippageBps} against the
 * trader and rounded to the tick against the trader; limit orders fill only when the last price
 * crosses the limit, at that price or the limit, whichever is better for the trader; auction orders
 * fill at the last price rounded to the tick. With {@code alwaysOpen} there are no auctions to wait
 * for: MOC/LOC and OPG orders fill at once.
 *
 * <p>Each fill books the account, is kept for replays, and is reported to the owner as
 * EXECUTION_DATA (reqId -1), then OPEN_ORDER if now Filled, ORDER_STATUS and COMMISSION_REPORT.
 * Commission per execution: by the config's {@link CommissionSchedule}; the shares executed in each
 * calendar month (New York) are counted here for IB's tiered schedule, from the gateway's start (a
 * restored state file does not bring them back).
 *
 * <p>Currency pairs ({@code CASH} on IDEALPRO) trade at the midpoint of the pair's quote ({@link
 * PaperMarket#fxQuote}, the rate the ledger values the currencies at), with no slippage, on any
 * exchange day, while IDEALPRO trades (a market order waits for the currency market to open, as at
 * IB), and move cash between currencies instead of booking a position (a real account also shows a
 * virtual position in the pair; this one does not).
 */
final class PaperMatcher {
  private static final BigDecimal FX_COMMISSION_RATE = new BigDecimal("0.00002");
  private static final BigDecimal FX_MIN_COMMISSION = new BigDecimal("2.00");

  private final PaperGateway gateway;
  private final PaperOrderOutbox outbox;
  private final Consumer<PaperExecution> executions;
  private final ToDoubleFunction<String> lastPrices;
  private final String execIdPrefix;
  private final Map<YearMonth, BigDecimal> sharesByMonth = new ConcurrentHashMap<>();

  /**
   * @param lastPrices the simulated last price of a symbol now ({@link PaperMarket#lastPrice} in
   *     the gateway)
   */
  PaperMatcher(
      PaperGateway gateway,
      PaperOrderOutbox outbox,
      Consumer<PaperExecution> executions,
      ToDoubleFunction<String> lastPrices) {
    this.gateway = gateway;
    this.outbox = outbox;
    this.executions = executions;
    this.lastPrices = lastPrices;
    this.execIdPrefix = String.format("%08x", gateway.clock().now().getEpochSecond() & 0xffffffffL);
  }

  /** Does everything that is due for this order at {@code now}; several slices if all are due. */
  void evaluate(PaperOrder order, Instant now) {
    while (order.isWorking() && step(order, now)) {
      // next slice is due too
    }
  }

  void end(PaperOrder order, String status) {
    order.status = status;
    outbox.send(order.clientId, order.orderStatus());
  }

  /** One step; true if it filled and another slice is due already. */
  private boolean step(PaperOrder order, Instant now) {
    if (order.expiresAt != null && !now.isBefore(order.expiresAt)) {
      end(order, PaperOrder.CANCELLED); // a DAY order at the end of its day
      return false;
    }
    boolean currencyPair = PaperOrderValidator.isCurrencyPair(order.contract);
    if (!currencyPair && !gateway.market().isTradingDay()) {
      return false; // a weekend or an exchange holiday: no session, outside hours neither
    }
    if (order.heldUntilOpen) {
      if (!gateway.market().isRegularHours()) {
        return false;
      }
      order.heldUntilOpen = false;
      order.status = PaperOrder.SUBMITTED;
      outbox.send(order.clientId, order.openOrder(), order.orderStatus());
    }
    if (isBefore(now, order.auctionAt)
        || isBefore(now, order.nextFillAt)
        || isBefore(now, order.goodAfter)) {
      return false;
    }
    BigDecimal price = price(order, now);
    if (price == null) {
      if (isAuction(order)) {
        end(order, PaperOrder.CANCELLED); // a limit-on-close/open that missed its auction
      }
      return false;
    }
    fill(order, price, now);
    return order.isWorking() && !order.nextFillAt.isAfter(now);
  }

  /** The fill price now, or {@code null} when a limit is not reached or there is no quote. */
  private BigDecimal price(PaperOrder order, Instant now) {
    BigDecimal last;
    BigDecimal base;
    if (PaperOrderValidator.isCurrencyPair(order.contract)) {
      Optional<FxPair> pair = PaperFx.resolve(order.contract);
      Optional<PaperMarket.Quote> quote = pair.flatMap(p -> gateway.market().fxQuote(p, now));
      if (quote.isEmpty()) {
        return null; // IDEALPRO closed: the conversion waits for the currency market to open
      }
      // The midpoint, the rate the ledger values the currencies at: no slippage.
      last = PaperFx.midpoint(quote.get(), pair.get());
      base = last;
    } else {
      last = BigDecimal.valueOf(lastPrices.applyAsDouble(order.instrument.symbol()));
      BigDecimal tick = BigDecimal.valueOf(order.instrument.minTick());
      if (isAuction(order)) {
        base = toTick(last, tick, RoundingMode.HALF_UP);
      } else {
        BigDecimal slip = BigDecimal.valueOf(gateway.config().slippageBps()).movePointLeft(4);
        base =
            order.isBuy()
                ? toTick(last.multiply(BigDecimal.ONE.add(slip)), tick, RoundingMode.CEILING)
                : toTick(last.multiply(BigDecimal.ONE.subtract(slip)), tick, RoundingMode.FLOOR);
      }
    }
    Double limitPrice = order.terms.limitPrice();
    if (limitPrice == null
        || order.terms.orderType().equals("MKT")
        || order.terms.orderType().equals("MOC")) {
      return base;
    }
    BigDecimal limit = BigDecimal.valueOf(limitPrice);
    if (order.isBuy()) {
      return last.compareTo(limit) <= 0 ? base.min(limit) : null;
    }
    return last.compareTo(limit) >= 0 ? base.max(limit) : null;
  }

  private void fill(PaperOrder order, BigDecimal price, Instant now) {
    if (PaperOrderValidator.isCurrencyPair(order.contract)) {
      convert(order, price, now);
      return;
    }
    BigDecimal shares = nextSlice(order);
    BigDecimal signed = order.isBuy() ? shares : shares.negate();
    PaperGatewayConfig config = gateway.config();
    YearMonth month = YearMonth.from(now.atZone(ExchangeCalendar.NEW_YORK));
    BigDecimal commission =
        config
            .commissionSchedule()
            .charge(shares, price, sharesByMonth.getOrDefault(month, BigDecimal.ZERO), config);
    sharesByMonth.merge(month, shares, BigDecimal::add);
    String symbol = order.instrument.symbol();
    BigDecimal held =
        gateway
            .account()
            .holding(symbol)
            .map(PaperAccount.Holding::quantity)
            .orElse(BigDecimal.ZERO);
    boolean closing = held.signum() != 0 && held.signum() != signed.signum();
    BigDecimal realized =
        gateway
            .account()
            .applyFill(symbol, order.instrument.conId(), signed, price, commission, now);
    // A real gateway reports the venue as the contract's exchange too, not the SMART the order was
    // routed by (a captured fill: ThomasMarcelis/ibkr-go internal/codec/codec_capture_test.go, IEX
    // in both places).
    String venue = order.instrument.primaryExchange();
    recordFill(
        order,
        order.contract.withExchange(venue),
        venue,
        shares,
        price,
        commission,
        closing ? realized : null,
        now);
  }

  /**
   * Fills a slice of a currency conversion: the cash moves between the pair's currencies ({@link
   * PaperAccount#convert}), no position is booked. Commission as IB's for spot currencies, 0.20
   * basis point of the trade value, at least USD 2.00, charged in dollars as the commission report
   * states it (interactivebrokers.com/en/index.php?f=commission&p=fx1). Reported like a stock's
   * fill, with IDEALPRO as the venue (a real EUR.USD execution: real-frames/nautilus-trader.json).
   */
  private void convert(PaperOrder order, BigDecimal price, Instant now) {
    BigDecimal units = nextSlice(order);
    String base = order.contract.symbol();
    String quote = order.contract.currency();
    BigDecimal valueUsd =
        units.multiply(gateway.market().fxRate(base, PaperAccountSummary.CURRENCY));
    BigDecimal commission =
        valueUsd.multiply(FX_COMMISSION_RATE).max(FX_MIN_COMMISSION).setScale(2, RoundingMode.UP);
    gateway
        .account()
        .convert(base, quote, order.isBuy() ? units : units.negate(), price, commission);
    recordFill(order, order.contract, WireContract.IDEALPRO, units, price, commission, null, now);
  }

  /**
   * Books a slice's fill on the order and reports its execution, as a stock's and a currency's
   * fills are reported alike.
   *
   * @param realized the profit the fill realized, when it closed part of a position; else null
   */
  private void recordFill(
      PaperOrder order,
      WireContract contract,
      String venue,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal commission,
      BigDecimal realized,
      Instant now) {
    order.addFill(quantity, price);
    order.nextFillAt = now.plus(order.sliceInterval);
    PaperExecution execution =
        new PaperExecution(
            String.format("%s.%08x.%02x.01", execIdPrefix, order.permId, order.slicesDone),
            order.clientId,
            order.orderId,
            order.permId,
            contract,
            now,
            gateway.config().account(),
            venue,
            order.isBuy() ? "BOT" : "SLD",
            quantity,
            price,
            order.filled,
            order.averagePrice(),
            order.terms.orderRef(),
            commission,
            realized);
    report(order, execution);
  }

  private void report(PaperOrder order, PaperExecution execution) {
    executions.accept(execution);
    ExecutionData data = execution.toMessage(ExecutionData.SPONTANEOUS);
    if (order.status.equals(PaperOrder.FILLED)) {
      outbox.send(
          order.clientId,
          data,
          order.openOrder(),
          order.orderStatus(),
          execution.commissionReport());
    } else {
      outbox.send(order.clientId, data, order.orderStatus(), execution.commissionReport());
    }
  }

  /** An equal share per slice (at least one), the last slice taking what remains. */
  private static BigDecimal nextSlice(PaperOrder order) {
    BigDecimal remaining = order.remaining();
    if (order.slicesDone + 1 >= order.slices) {
      return remaining;
    }
    BigDecimal each =
        order
            .quantity()
            .divideToIntegralValue(BigDecimal.valueOf(order.slices))
            .max(BigDecimal.ONE);
    return each.min(remaining);
  }

  private static boolean isAuction(PaperOrder order) {
    String type = order.terms.orderType();
    return type.equals("MOC") || type.equals("LOC") || order.terms.tif().equals("OPG");
  }

  private static boolean isBefore(Instant now, Instant time) {
    return time != null && now.isBefore(time);
  }

  private static BigDecimal toTick(BigDecimal price, BigDecimal tick, RoundingMode mode) {
    return price.divide(tick, 0, mode).multiply(tick).stripTrailingZeros();
  }
}
