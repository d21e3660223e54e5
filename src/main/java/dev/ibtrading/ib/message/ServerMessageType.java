package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Server-to-client message ids (a namespace of their own; client ids are {@link
 * ClientMessageType}). A type without a reader is one our client does not decode yet.
 */
public enum ServerMessageType {
  TICK_PRICE(1, TickPrice::read),
  TICK_SIZE(2, TickSize::read),
  ORDER_STATUS(3, OrderStatusMessage::read),
  ERR_MSG(4, ErrorMessage::read),
  OPEN_ORDER(5, OpenOrder::read),
  ACCT_VALUE(6, AccountValue::read),
  PORTFOLIO_VALUE(7, PortfolioValue::read),
  ACCT_UPDATE_TIME(8, AccountUpdateTime::read),
  NEXT_VALID_ID(9, NextValidId::read),
  CONTRACT_DATA(10, ContractData::read),
  EXECUTION_DATA(11, ExecutionData::read),
  MANAGED_ACCTS(15, ManagedAccounts::read),
  HISTORICAL_DATA(17, HistoricalData::read),
  TICK_GENERIC(45, TickGeneric::read),
  TICK_STRING(46, TickString::read),
  CURRENT_TIME(49, CurrentTime::read),
  CONTRACT_DATA_END(52, ContractDataEnd::read),
  OPEN_ORDER_END(53, OpenOrderEnd::read),
  ACCT_DOWNLOAD_END(54, AccountDownloadEnd::read),
  EXECUTION_DATA_END(55, ExecutionDataEnd::read),
  TICK_SNAPSHOT_END(57, TickSnapshotEnd::read),
  MARKET_DATA_TYPE(58, MarketDataTypeReport::read),
  COMMISSION_REPORT(59, CommissionReport::read),
  POSITION(61, PositionMessage::read),
  POSITION_END(62, PositionEnd::read),
  ACCOUNT_SUMMARY(63, AccountSummary::read),
  ACCOUNT_SUMMARY_END(64, AccountSummaryEnd::read),
  ACCOUNT_UPDATE_MULTI(73, AccountUpdateMulti::read),
  ACCOUNT_UPDATE_MULTI_END(74, AccountUpdateMultiEnd::read),
  TICK_REQ_PARAMS(81, TickRequestParams::read),
  COMPLETED_ORDER(101, CompletedOrder::read),
  COMPLETED_ORDERS_END(102, CompletedOrdersEnd::read);

  private static final Map<Integer, ServerMessageType> BY_ID = new HashMap<>();

  static {
    for (ServerMessageType type : values()) {
      BY_ID.put(type.id, type);
    }
  }

  private final int id;
  private final Function<FieldReader, ? extends ServerMessage> reader;

  ServerMessageType(int id) {
    this(id, null);
  }

  ServerMessageType(int id, Function<FieldReader, ? extends ServerMessage> reader) {
    this.id = id;
    this.reader = reader;
  }

  public int id() {
    return id;
  }

  /**
   * Decodes one frame's fields.
   *
   * @return the message, or an {@link UnknownMessage} for an id without a reader
   * @throws dev.ibtrading.ib.wire.CorruptFrameException if the fields do not fit the layout
   */
  public static Object decode(FieldReader fields) {
    ServerMessageType type = BY_ID.get(fields.messageId());
    if (type == null || type.reader == null) {
      return new UnknownMessage(fields.messageId(), fields.all());
    }
    ServerMessage message = type.reader.apply(fields);
    fields.expectEnd();
    return message;
  }
}
