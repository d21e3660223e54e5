package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.NextValidId;
import dev.ibtrading.ib.message.RequestIds;

/**
 * REQ_IDS (§3.12): the gateway's next valid order id. The answer has no request id; any
 * NEXT_VALID_ID answers it (the order id allocator hears it too, as a listener).
 */
final class NextValidIdRequest extends PendingRequest<Integer> {
  @Override
  public int requestId() {
    return NO_REQUEST_ID;
  }

  @Override
  public String describe() {
    return "next valid order id";
  }

  @Override
  public ClientMessage request() {
    // The gateway ignores the count (§3.12).
    return new RequestIds(1);
  }

  @Override
  protected void onMessage(Object message) {
    if (message instanceof NextValidId id) {
      complete(id.orderId());
    }
  }
}
