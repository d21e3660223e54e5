package dev.ibtrading.ib;

import dev.ibtrading.ib.message.CancelPositions;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.PositionEnd;
import dev.ibtrading.ib.message.PositionMessage;
import dev.ibtrading.ib.message.RequestPositions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The positions of every managed account (§3.3): POSITION rows collected until POSITION_END. The
 * gateway treats the request as a subscription, so it is cancelled once the answer is complete.
 *
 * <p>Positions carry no request id, so this request takes every POSITION it sees, including change
 * pushes of the session's subscription. Rows are kept per (account, conId), the latest winning: a
 * push that arrives before the answer is overwritten by the answer, which is at least as recent.
 * Two positions requests in flight on one session at once could split one answer between them, so
 * callers send one at a time ({@link IbBroker#positions()} does); each then gets the full list.
 */
public final class PositionsRequest extends PendingRequest<List<PositionMessage>> {
  // Touched only on the reader thread; the future publishes the list to the caller.
  private final Map<String, PositionMessage> rows = new LinkedHashMap<>();

  @Override
  public int requestId() {
    return NO_REQUEST_ID;
  }

  @Override
  public String describe() {
    return "positions";
  }

  @Override
  public ClientMessage request() {
    return new RequestPositions();
  }

  @Override
  public ClientMessage cancelRequest() {
    return new CancelPositions();
  }

  @Override
  public boolean cancelWhenDone() {
    return true;
  }

  @Override
  protected void onMessage(Object message) {
    if (message instanceof PositionMessage row) {
      rows.put(row.account() + "/" + row.contract().conId(), row);
    } else if (message instanceof PositionEnd) {
      complete(List.copyOf(rows.values()));
    }
  }
}
