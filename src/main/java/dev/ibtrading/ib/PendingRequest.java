package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ErrorMessage;
import java.util.concurrent.CompletableFuture;

/**
 * One request in flight: the message that starts it, how it collects its answer from incoming
 * messages, and how it is cancelled at the gateway. {@link IbClient#submit} registers it, sends it
 * and enforces its timeout.
 *
 * <p>Every incoming message is offered to every pending request, on the connection's reader thread;
 * each request picks what belongs to it (usually by request id). Implementations must not block in
 * {@link #onMessage}.
 *
 * @param <T> the typed result
 */
public abstract class PendingRequest<T> {
  /** The request id of requests that have none on the wire (positions, current time, ...). */
  public static final int NO_REQUEST_ID = Integer.MIN_VALUE;

  private final CompletableFuture<T> result = new CompletableFuture<>();

  /** Request id errors are matched against, or {@link #NO_REQUEST_ID}. */
  public abstract int requestId();

  /** What the request is, for error messages: "account summary", "contract details for SPY". */
  public abstract String describe();

  /** The message that starts the request. */
  public abstract ClientMessage request();

  /** The message that stops it at the gateway, or {@code null} if there is none. */
  public ClientMessage cancelRequest() {
    return null;
  }

  /**
   * True for subscriptions (account summary, positions) that the gateway keeps feeding after the
   * answer is complete: {@link #cancelRequest()} is then sent however the request ends.
   */
  public boolean cancelWhenDone() {
    return false;
  }

  /** Offered each decoded incoming message except errors carrying this request's id. */
  protected abstract void onMessage(Object message);

  /**
   * An error with this request's id. By default anything but a notice fails the request: with
   * {@link IbNotConnectedException} (transient) for the "not connected" codes, otherwise with
   * {@link IbRequestException}.
   */
  protected void onError(ErrorMessage error) {
    if (IbErrorCodes.NOT_CONNECTED.contains(error.code())) {
      fail(
          new IbNotConnectedException(
              describe() + " failed: IB error " + error.code() + ": " + error.message()));
    } else if (!IbErrorCodes.isInformational(error.code())) {
      fail(new IbRequestException(describe(), error));
    }
  }

  protected final void complete(T value) {
    result.complete(value);
  }

  protected final void fail(Throwable cause) {
    result.completeExceptionally(cause);
  }

  public final CompletableFuture<T> result() {
    return result;
  }

  final void offer(Object message) {
    if (message instanceof ErrorMessage error
        && error.id() == requestId()
        && requestId() != NO_REQUEST_ID) {
      onError(error);
    } else {
      onMessage(message);
    }
  }
}
