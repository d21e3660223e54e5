package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.CurrentTime;
import dev.ibtrading.ib.message.RequestCurrentTime;
import java.time.Instant;

/** The gateway's clock. The answer has no request id: any CURRENT_TIME answers it. */
public final class CurrentTimeRequest extends PendingRequest<Instant> {
  @Override
  public int requestId() {
    return NO_REQUEST_ID;
  }

  @Override
  public String describe() {
    return "current time";
  }

  @Override
  public ClientMessage request() {
    return new RequestCurrentTime();
  }

  @Override
  protected void onMessage(Object message) {
    if (message instanceof CurrentTime time) {
      complete(Instant.ofEpochSecond(time.epochSeconds()));
    }
  }
}
