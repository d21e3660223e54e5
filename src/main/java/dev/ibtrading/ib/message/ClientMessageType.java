package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Client-to-server message ids (a namespace of their own; server ids are {@link
 * ServerMessageType}). A type without a reader is one the paper gateway does not decode yet.
 */
public enum ClientMessageType {
  REQ_MKT_DATA(1, RequestMarketData::read),
  CANCEL_MKT_DATA(2, CancelMarketData::read),
  PLACE_ORDER(3, PlaceOrder::read),
  CANCEL_ORDER(4, CancelOrder::read),
  REQ_OPEN_ORDERS(5, RequestOpenOrders::read),
  REQ_ACCOUNT_DATA(6, RequestAccountUpdates::read),
  REQ_EXECUTIONS(7, RequestExecutions::read),
  REQ_IDS(8, RequestIds::read),
  REQ_CONTRACT_DATA(9, RequestContractData::read),
  REQ_AUTO_OPEN_ORDERS(15, RequestAutoOpenOrders::read),
  REQ_ALL_OPEN_ORDERS(16, RequestAllOpenOrders::read),
  REQ_MANAGED_ACCTS(17, RequestManagedAccounts::read),
  REQ_HISTORICAL_DATA(20, RequestHistoricalData::read),
  CANCEL_HISTORICAL_DATA(25, CancelHistoricalData::read),
  REQ_CURRENT_TIME(49, RequestCurrentTime::read),
  REQ_GLOBAL_CANCEL(58, RequestGlobalCancel::read),
  REQ_MARKET_DATA_TYPE(59, RequestMarketDataType::read),
  REQ_POSITIONS(61, RequestPositions::read),
  REQ_ACCOUNT_SUMMARY(62, RequestAccountSummary::read),
  CANCEL_ACCOUNT_SUMMARY(63, CancelAccountSummary::read),
  CANCEL_POSITIONS(64, CancelPositions::read),
  START_API(71, StartApi::read),
  REQ_ACCOUNT_UPDATES_MULTI(76, RequestAccountUpdatesMulti::read),
  CANCEL_ACCOUNT_UPDATES_MULTI(77, CancelAccountUpdatesMulti::read),
  REQ_COMPLETED_ORDERS(99, RequestCompletedOrders::read);

  private static final Map<Integer, ClientMessageType> BY_ID = new HashMap<>();

  static {
    for (ClientMessageType type : values()) {
      BY_ID.put(type.id, type);
    }
  }

  private final int id;
  private final Function<FieldReader, ? extends ClientMessage> reader;

  ClientMessageType(int id) {
    this(id, null);
  }

  ClientMessageType(int id, Function<FieldReader, ? extends ClientMessage> reader) {
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
    ClientMessageType type = BY_ID.get(fields.messageId());
    if (type == null || type.reader == null) {
      return new UnknownMessage(fields.messageId(), fields.all());
    }
    ClientMessage message = type.reader.apply(fields);
    fields.expectEnd();
    return message;
  }
}
