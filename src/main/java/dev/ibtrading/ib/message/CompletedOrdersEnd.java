package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * COMPLETED_ORDERS_END (in 102): {@code [102]}, no version and no request id (xqguo/twsapi@f3ca7c7
 * EDecoder.processCompletedOrdersEndMsg reads nothing; rust-ibapi@0e41d5b
 * src/testdata/builders/orders_tests.rs {@code 102|}).
 */
public record CompletedOrdersEnd() implements ServerMessage {

  @Override
  public ServerMessageType type() {
    return ServerMessageType.COMPLETED_ORDERS_END;
  }

  @Override
  public void writeBody(FieldWriter out) {
    // the id alone
  }

  public static CompletedOrdersEnd read(FieldReader in) {
    return new CompletedOrdersEnd();
  }
}
