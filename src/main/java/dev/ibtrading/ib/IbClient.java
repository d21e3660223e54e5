package dev.ibtrading.ib;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.ManagedAccounts;
import dev.ibtrading.ib.message.NextValidId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-lived TWS API client: one session with the gateway at a time, the requests in flight on
 * it, and the connection state the rest of the worker sees.
 *
 * <p>Requests are {@link PendingRequest}s: {@link #submit} sends one, completes its future from the
 * incoming messages, fails it on timeout (cancelling it at the gateway), and fails it at once when
 * there is no usable session. Request ids start at 2^30 so that an error's id can never be mistaken
 * between a request and an order.
 */
public class IbClient implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IbClient.class);
  private static final int FIRST_REQUEST_ID = 1 << 30;

  private final IbSettings settings;
  private final List<PendingRequest<?>> pending = new CopyOnWriteArrayList<>();
  private final List<Consumer<Object>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicInteger requestIds = new AtomicInteger(FIRST_REQUEST_ID);
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "ib-client-timer");
            t.setDaemon(true);
            return t;
          });

  private volatile IbConnection connection;
  private volatile ConnectionState state = ConnectionState.DISCONNECTED;
  private volatile List<String> accounts = List.of();
  private volatile int nextValidId = -1;

  public IbClient(IbSettings settings) {
    this.settings = settings;
  }

  public IbSettings settings() {
    return settings;
  }

  /**
   * Opens a session and waits until the gateway has sent the first valid order id and the managed
   * accounts, as IB asks clients to do before any request.
   *
   * @throws IbNotConnectedException if that does not happen within the connect timeout
   */
  public synchronized void connect() {
    if (connection != null && connection.isOpen()) {
      return;
    }
    state = ConnectionState.CONNECTING;
    SessionStart start = new SessionStart();
    IbConnection opened;
    try {
      opened =
          IbConnection.open(settings, message -> dispatch(message, start), this::sessionClosed);
    } catch (IbException e) {
      state = ConnectionState.DISCONNECTED;
      throw e;
    }
    connection = opened;
    try {
      start.ready.get(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      opened.close();
      state = ConnectionState.DISCONNECTED;
      throw new IbNotConnectedException(
          "gateway at "
              + settings.address()
              + " did not send the next order id and managed accounts within "
              + settings.connectTimeout());
    } catch (java.util.concurrent.ExecutionException e) {
      opened.close();
      state = ConnectionState.DISCONNECTED;
      throw e.getCause() instanceof IbException ib
          ? ib
          : new IbNotConnectedException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      opened.close();
      state = ConnectionState.DISCONNECTED;
      throw new IbNotConnectedException("interrupted while connecting");
    }
    state = ConnectionState.CONNECTED;
    log.info(
        "Connected to gateway at {} (server version {}, client id {}, accounts {})",
        settings.address(),
        opened.serverVersion(),
        settings.clientId(),
        accounts);
  }

  public ConnectionState state() {
    return state;
  }

  /** The accounts the gateway's login may trade, from MANAGED_ACCTS. */
  public List<String> managedAccounts() {
    return accounts;
  }

  /** The last NEXT_VALID_ID the gateway sent, or -1 before the first session. */
  public int lastNextValidId() {
    return nextValidId;
  }

  /** A fresh request id, never an order id. */
  public int nextRequestId() {
    return requestIds.getAndIncrement();
  }

  /** Receives every decoded incoming message on the reader thread; must not block. */
  public void addListener(Consumer<Object> listener) {
    listeners.add(listener);
  }

  /** Submits with the default request timeout. */
  public <T> CompletableFuture<T> submit(PendingRequest<T> request) {
    return submit(request, settings.requestTimeout());
  }

  /**
   * Sends a request and returns its result. The future fails with {@link IbNotConnectedException}
   * at once when there is no usable session, with {@link IbTimeoutException} when the answer is not
   * complete in time, and with {@link IbRequestException} when the gateway answers an error.
   * Cancelling the future cancels the request at the gateway.
   */
  public <T> CompletableFuture<T> submit(PendingRequest<T> request, Duration timeout) {
    IbConnection session = connection;
    if (session == null || !session.isOpen() || !state.acceptsRequests()) {
      request.fail(
          new IbNotConnectedException(
              request.describe() + " not sent: gateway " + settings.address() + " is " + state));
      return request.result();
    }
    pending.add(request);
    var timeoutTask =
        timer.schedule(
            () ->
                request.fail(
                    new IbTimeoutException(
                        request.describe() + " got no complete answer within " + timeout)),
            timeout.toMillis(),
            TimeUnit.MILLISECONDS);
    request
        .result()
        .whenComplete(
            (value, error) -> {
              timeoutTask.cancel(false);
              pending.remove(request);
              boolean abandoned =
                  error instanceof CancellationException || error instanceof IbTimeoutException;
              if (request.cancelRequest() != null && (abandoned || request.cancelWhenDone())) {
                sendQuietly(session, request);
              }
            });
    try {
      session.send(request.request());
    } catch (IbException e) {
      request.fail(e);
    }
    return request.result();
  }

  /** Sends a message that expects no answer (order placement goes through its own tracker). */
  public void send(dev.ibtrading.ib.message.ClientMessage message) {
    IbConnection session = connection;
    if (session == null || !session.isOpen()) {
      throw new IbNotConnectedException(
          message.type() + " not sent: gateway " + settings.address() + " is " + state);
    }
    session.send(message);
  }

  @Override
  public synchronized void close() {
    IbConnection session = connection;
    connection = null;
    if (session != null) {
      session.close();
    }
    state = ConnectionState.DISCONNECTED;
    timer.shutdownNow();
  }

  private void sendQuietly(IbConnection session, PendingRequest<?> request) {
    try {
      if (session.isOpen()) {
        session.send(request.cancelRequest());
      }
    } catch (IbException e) {
      log.debug("Cancelling {} at the gateway failed: {}", request.describe(), e.getMessage());
    }
  }

  private void dispatch(Object message, SessionStart start) {
    if (message instanceof NextValidId id) {
      nextValidId = id.orderId();
      start.sawNextValidId();
    } else if (message instanceof ManagedAccounts managed) {
      accounts = managed.accounts();
      start.sawAccounts();
    } else if (message instanceof ErrorMessage error) {
      onError(error, start);
    } else if (message instanceof dev.ibtrading.ib.message.UnknownMessage unknown) {
      log.warn(
          "Ignoring message id {} this client does not decode: {}", unknown.id(), unknown.fields());
    }
    for (PendingRequest<?> request : pending) {
      request.offer(message);
    }
    for (Consumer<Object> listener : listeners) {
      listener.accept(message);
    }
  }

  private void onError(ErrorMessage error, SessionStart start) {
    if (error.code() == IbErrorCodes.CLIENT_ID_IN_USE) {
      start.fail(
          new IbNotConnectedException(
              "client id "
                  + settings.clientId()
                  + " is already in use at the gateway (IB error 326)"));
    } else if (IbErrorCodes.BROKER_LINK_LOST.contains(error.code())) {
      log.warn("Gateway lost its link to IB: {} {}", error.code(), error.message());
      if (state == ConnectionState.CONNECTED) {
        state = ConnectionState.BROKER_LINK_LOST;
      }
    } else if (error.code() == IbErrorCodes.RESTORED_DATA_LOST
        || error.code() == IbErrorCodes.RESTORED_DATA_MAINTAINED) {
      log.info("Gateway restored its link to IB: {} {}", error.code(), error.message());
      if (state == ConnectionState.BROKER_LINK_LOST) {
        state = ConnectionState.CONNECTED;
      }
    } else if (error.id() == ErrorMessage.NO_ID) {
      log.info("Gateway notice {}: {}", error.code(), error.message());
    }
  }

  private void sessionClosed(IbException cause) {
    state = ConnectionState.DISCONNECTED;
    log.warn("Session with gateway at {} ended: {}", settings.address(), cause.getMessage());
    for (PendingRequest<?> request : pending) {
      request.fail(cause);
    }
  }

  /** Tracks the two messages that make a new session usable. */
  private static final class SessionStart {
    final CompletableFuture<Void> ready = new CompletableFuture<>();
    private boolean nextValidId;
    private boolean accounts;

    synchronized void sawNextValidId() {
      nextValidId = true;
      if (accounts) {
        ready.complete(null);
      }
    }

    synchronized void sawAccounts() {
      accounts = true;
      if (nextValidId) {
        ready.complete(null);
      }
    }

    void fail(IbException cause) {
      ready.completeExceptionally(cause);
    }
  }
}
