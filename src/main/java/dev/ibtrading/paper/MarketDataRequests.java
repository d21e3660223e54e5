package dev.ibtrading.paper;

import dev.ibtrading.ib.FxPair;
import dev.ibtrading.ib.HistoricalDataPacing;
import dev.ibtrading.ib.IbErrorCodes;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import dev.ibtrading.ib.message.ContractData;
import dev.ibtrading.ib.message.ContractDataEnd;
import dev.ibtrading.ib.message.MarketDataTypeReport;
import dev.ibtrading.ib.message.RequestContractData;
import dev.ibtrading.ib.message.RequestHistoricalData;
import dev.ibtrading.ib.message.RequestMarketData;
import dev.ibtrading.ib.message.RequestMarketDataType;
import dev.ibtrading.ib.message.TickGeneric;
import dev.ibtrading.ib.message.TickPrice;
import dev.ibtrading.ib.message.TickRequestParams;
import dev.ibtrading.ib.message.TickSize;
import dev.ibtrading.ib.message.TickSnapshotEnd;
import dev.ibtrading.ib.message.TickString;
import dev.ibtrading.ib.message.TickType;
import dev.ibtrading.ib.message.WireContract;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Market data requests: contract details, market data type, snapshot quotes, historical daily bars.
 * Anything about a symbol outside {@link PaperUniverse} is error 200, as IB answers an unknown
 * contract.
 *
 * <p>The market data type is kept per session, as the gateway does: 1 live, 2 frozen (live while
 * the market is open), 3 delayed, 4 delayed-frozen (delayed while open). What answers each type
 * depends on the account's {@link MarketDataEntitlement}: without subscriptions a live request ends
 * with error 10089 and nothing else. Delayed data is the price of 15 minutes ago, in the delayed
 * tick types, with IB's 10167 warning. Frozen data (after the close) is the last session's close,
 * with that close's time as its last trade's ({@link PaperMarket#lastTradeAt}). A non-snapshot
 * request gets one set of ticks and no updates: the paper gateway does not stream.
 *
 * <p>A historical data request is refused with 162 and IB's pacing text when {@link PaperFaults}
 * injects it, or, with {@link PaperGatewayConfig#enforceHistoricalPacing()}, when it breaks IB's
 * pacing rules ({@link HistoricalDataPacing}; the requests served count, the refused ones do not).
 */
final class MarketDataRequests implements PaperRequestHandler {
  private static final Logger log = LoggerFactory.getLogger(MarketDataRequests.class);
  static final int DELAYED_DATA_WARNING = 10167;
  private static final Duration DELAY = Duration.ofMinutes(15);

  private final PaperGateway gateway;
  private final Map<PaperSession, Integer> dataTypes =
      Collections.synchronizedMap(new WeakHashMap<>());
  private final HistoricalDataPacing pacing = new HistoricalDataPacing();

  MarketDataRequests(PaperGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public Set<ClientMessageType> handles() {
    return Set.of(
        ClientMessageType.REQ_CONTRACT_DATA,
        ClientMessageType.REQ_MARKET_DATA_TYPE,
        ClientMessageType.REQ_MKT_DATA,
        ClientMessageType.CANCEL_MKT_DATA,
        ClientMessageType.REQ_HISTORICAL_DATA,
        ClientMessageType.CANCEL_HISTORICAL_DATA);
  }

  @Override
  public void handle(ClientMessage request, PaperSession session) {
    if (request instanceof RequestContractData r) {
      contractDetails(r, session);
    } else if (request instanceof RequestMarketDataType r) {
      if (r.marketDataType() < 1 || r.marketDataType() > 4) {
        log.warn("Ignoring market data type {} (expected: 1..4)", r.marketDataType());
      } else {
        dataTypes.put(session, r.marketDataType());
      }
    } else if (request instanceof RequestMarketData r) {
      marketData(r, session);
    } else if (request instanceof RequestHistoricalData r) {
      historicalData(r, session);
    } else {
      // Cancels: every answer is sent at once, so nothing is left running to stop.
      log.debug("Paper gateway: {} has nothing to cancel", request);
    }
  }

  private void contractDetails(RequestContractData request, PaperSession session) {
    Optional<PaperInstrument> instrument = resolve(request.contract(), request.reqId(), session);
    if (instrument.isPresent()) {
      var today = gateway.clock().now().atZone(ExchangeCalendar.NEW_YORK).toLocalDate();
      session.send(
          new ContractData(
              request.reqId(),
              PaperContracts.details(instrument.get(), today, gateway.market().calendar())));
      session.send(new ContractDataEnd(request.reqId()));
    }
  }

  private void marketData(RequestMarketData request, PaperSession session) {
    int id = request.tickerId();
    Optional<FxPair> pair = PaperFx.resolve(request.contract());
    if (pair.isPresent()) {
      fxMarketData(request, pair.get(), session);
      return;
    }
    Optional<PaperInstrument> found = resolve(request.contract(), id, session);
    if (found.isEmpty()) {
      return;
    }
    PaperInstrument instrument = found.get();
    PaperMarket market = gateway.market();
    int requested = dataTypes.getOrDefault(session, 1);
    OptionalInt answer =
        gateway.config().marketData().delivered(requested, market.isRegularHours());
    if (answer.isEmpty()) {
      session.sendError(
          id,
          MarketDataEntitlement.NOT_SUBSCRIBED,
          MarketDataEntitlement.notSubscribedText(instrument));
      return;
    }
    int delivered = answer.getAsInt();
    boolean delayed = delivered >= 3;
    boolean frozen = delivered == 2 || delivered == 4;
    Instant now = gateway.clock().now().minus(gateway.faults().quoteLag());
    Instant at = delayed ? now.minus(DELAY) : now;
    PaperMarket.Quote quote = market.quoteAt(instrument.symbol(), at);
    // Frozen data is the session's last values, so its last trade is the session's close.
    Instant lastTrade = frozen ? market.lastTradeAt(at) : at;

    if (delayed) {
      session.sendError(
          id,
          DELAYED_DATA_WARNING,
          "Requested market data is not subscribed. Displaying delayed market data.");
    }
    session.send(new TickRequestParams(id, instrument.minTick(), "9c0001", 3));
    session.send(new MarketDataTypeReport(id, delivered));
    price(session, id, TickType.BID, delayed, quote.bid(), 300, TickPrice.CAN_AUTO_EXECUTE);
    price(session, id, TickType.ASK, delayed, quote.ask(), 400, TickPrice.CAN_AUTO_EXECUTE);
    price(session, id, TickType.LAST, delayed, quote.last(), 100, 0);
    price(session, id, TickType.CLOSE, delayed, market.previousClose(instrument.symbol()), 0, 0);
    session.send(
        new TickSize(
            id,
            code(TickType.VOLUME, delayed),
            BigDecimal.valueOf(market.volumeToday(instrument.symbol()))));
    session.send(
        new TickString(
            id, code(TickType.LAST_TIMESTAMP, delayed), Long.toString(lastTrade.getEpochSecond())));
    if (!delayed) {
      session.send(new TickGeneric(id, TickType.HALTED.code(), 0));
    }
    if (request.snapshot() || request.regulatorySnapshot()) {
      session.send(new TickSnapshotEnd(id));
    }
  }

  /**
   * A currency pair's quote as a real gateway sends IDEALPRO's: bid and ask with their sizes and
   * the previous close, no last trade and no volume; outside IDEALPRO's hours bid and ask are -1,
   * IB's "no price". Real-time whatever the account's entitlement: IB gives every account its
   * IDEALPRO FX quotes without a market data subscription (an assumption of this simulation where
   * the docs do not say otherwise).
   */
  private void fxMarketData(RequestMarketData request, FxPair pair, PaperSession session) {
    int id = request.tickerId();
    PaperMarket market = gateway.market();
    Instant now = gateway.clock().now();
    Optional<PaperMarket.Quote> quote = market.fxQuote(pair, now);
    session.send(new TickRequestParams(id, PaperFx.minTick(pair).doubleValue(), "", 3));
    session.send(new MarketDataTypeReport(id, 1));
    price(
        session,
        id,
        TickType.BID,
        false,
        quote.map(PaperMarket.Quote::bid).orElse(-1.0),
        1_000_000,
        TickPrice.CAN_AUTO_EXECUTE);
    price(
        session,
        id,
        TickType.ASK,
        false,
        quote.map(PaperMarket.Quote::ask).orElse(-1.0),
        1_000_000,
        TickPrice.CAN_AUTO_EXECUTE);
    price(session, id, TickType.CLOSE, false, market.fxPreviousClose(pair, now), 0, 0);
    if (request.snapshot() || request.regulatorySnapshot()) {
      session.send(new TickSnapshotEnd(id));
    }
  }

  private void historicalData(RequestHistoricalData request, PaperSession session) {
    Optional<PaperInstrument> instrument = resolve(request.contract(), request.reqId(), session);
    if (instrument.isEmpty() || gateway.faults().droppedAtHistoricalRequest(session)) {
      return;
    }
    if (gateway.faults().historicalPacingViolation() || breaksPacing(request)) {
      session.sendError(
          request.reqId(),
          IbErrorCodes.HISTORICAL_DATA_SERVICE_ERROR,
          IbErrorCodes.HISTORICAL_PACING_VIOLATION);
      return;
    }
    try {
      session.send(
          PaperHistoricalData.answer(
              request, instrument.get().symbol(), gateway.market(), gateway.clock().now()));
    } catch (PaperHistoricalData.Rejected e) {
      session.sendError(request.reqId(), e.code, e.getMessage());
    }
  }

  private boolean breaksPacing(RequestHistoricalData request) {
    if (!gateway.config().enforceHistoricalPacing()) {
      return false;
    }
    Instant now = gateway.clock().now();
    synchronized (pacing) {
      HistoricalDataPacing.Wait wait = pacing.waitBefore(request, now);
      if (!wait.isNone()) {
        log.info(
            "Paper gateway: historical data request {} breaks pacing: {}",
            request.reqId(),
            wait.reason());
        return true;
      }
      pacing.record(request, now);
      return false;
    }
  }

  /** The instrument, or error 200 sent for {@code id} and empty. */
  private static Optional<PaperInstrument> resolve(
      WireContract contract, int id, PaperSession session) {
    Optional<PaperInstrument> instrument = PaperContracts.resolve(contract);
    if (instrument.isEmpty()) {
      session.sendError(
          id, IbErrorCodes.NO_SECURITY_DEFINITION, PaperContracts.NO_SECURITY_DEFINITION);
    }
    return instrument;
  }

  private static void price(
      PaperSession session,
      int id,
      TickType type,
      boolean delayed,
      double price,
      int size,
      int attrMask) {
    session.send(new TickPrice(id, code(type, delayed), price, BigDecimal.valueOf(size), attrMask));
  }

  private static int code(TickType type, boolean delayed) {
    return delayed ? type.delayed().code() : type.code();
  }
}
