package dev.ibtrading.ib;

import dev.ibtrading.ib.message.CancelMarketData;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.MarketDataTypeReport;
import dev.ibtrading.ib.message.RequestMarketData;
import dev.ibtrading.ib.message.TickPrice;
import dev.ibtrading.ib.message.TickSnapshotEnd;
import dev.ibtrading.ib.message.TickString;
import dev.ibtrading.ib.message.TickType;
import dev.ibtrading.ib.message.WireContract;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A market data snapshot (§3.5): REQ_MKT_DATA with snapshot=1, collecting bid, ask, last and close
 * from live or delayed price ticks, the last trade's time from TICK_STRING 45 LAST_TIMESTAMP
 * (delayed: 88), in epoch seconds (IB's tick types: "Time of the last trade (in UNIX time)",
 * https://interactivebrokers.github.io/tws-api/tick_types.html), and the delivered type from
 * MARKET_DATA_TYPE, complete at TICK_SNAPSHOT_END. Entitlement warnings (10167 "displaying delayed
 * data", 10090 "part of the data is not subscribed") come with data and do not fail it.
 */
public final class SnapshotQuoteRequest extends PendingRequest<SnapshotQuote> {
  private static final Logger log = LoggerFactory.getLogger(SnapshotQuoteRequest.class);

  private final int tickerId;
  private final WireContract contract;
  private final int requestedType;
  private Double bid;
  private Double ask;
  private Double last;
  private Double close;
  private Instant lastTradeAt;
  private int reportedType;
  private boolean sawDelayedTicks;

  /**
   * @param requestedType the market data type the session asked for, reported when the gateway does
   *     not say
   */
  public SnapshotQuoteRequest(int tickerId, WireContract contract, int requestedType) {
    this.tickerId = tickerId;
    this.contract = contract;
    this.requestedType = requestedType;
  }

  @Override
  public int requestId() {
    return tickerId;
  }

  @Override
  public String describe() {
    return "snapshot quote for " + contract.symbol();
  }

  @Override
  public ClientMessage request() {
    return RequestMarketData.snapshot(tickerId, contract);
  }

  /** Only sent when the snapshot is abandoned; a completed snapshot ends by itself. */
  @Override
  public ClientMessage cancelRequest() {
    return new CancelMarketData(tickerId);
  }

  @Override
  protected void onMessage(Object message) {
    if (message instanceof TickPrice tick && tick.tickerId() == tickerId) {
      TickType.ofCode(tick.tickType()).ifPresent(type -> record(type, tick.price()));
    } else if (message instanceof MarketDataTypeReport report && report.tickerId() == tickerId) {
      reportedType = report.marketDataType();
    } else if (message instanceof TickString tick
        && tick.tickerId() == tickerId
        && TickType.ofCode(tick.tickType()).map(TickType::live).orElse(null)
            == TickType.LAST_TIMESTAMP) {
      lastTradeAt = epochSeconds(tick.value());
    } else if (message instanceof TickSnapshotEnd end && end.tickerId() == tickerId) {
      complete(new SnapshotQuote(bid, ask, last, close, deliveredType(), lastTradeAt));
    }
  }

  @Override
  protected void onError(ErrorMessage error) {
    if (IbErrorCodes.isInformational(error.code())) {
      log.info("{}: IB warning {}: {}", describe(), error.code(), error.message());
    }
    super.onError(error);
  }

  private void record(TickType type, double price) {
    sawDelayedTicks |= type.isDelayed();
    // IB sends -1 (and sometimes 0) for "no price"; a stock never trades at or below zero.
    Double value = price > 0 ? price : null;
    switch (type.live()) {
      case BID -> bid = value;
      case ASK -> ask = value;
      case LAST -> last = value;
      case CLOSE -> close = value;
      default -> {
        // high, low, open: not part of a quote
      }
    }
  }

  /** The time of a LAST_TIMESTAMP tick; null (unknown) when it is not a positive number. */
  private Instant epochSeconds(String value) {
    try {
      long seconds = Long.parseLong(value.strip());
      return seconds > 0 ? Instant.ofEpochSecond(seconds) : null;
    } catch (NumberFormatException e) {
      log.warn("{}: last trade time '{}' is not epoch seconds, ignored", describe(), value);
      return null;
    }
  }

  private int deliveredType() {
    if (reportedType != 0) {
      return reportedType;
    }
    return sawDelayedTicks && requestedType < 3 ? 3 : requestedType;
  }
}
