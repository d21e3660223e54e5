package dev.ibtrading.ib;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.UnknownMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-lived TWS API client: one session with the gateway at a time, the requests in flight on
 * it, and the connection state the rest of the worker sees.
 *
 * <p>{@link #start()} keeps a session up in the background, reconnecting with backoff after any
 * loss; {@link #connect()} opens one session synchronously and never retries (tests, probes). The
 * state is {@link ConnectionState#CONNECTED} only while a session is usable and the gateway's link
 * to IB is up; in every other state requests fail at once with {@link IbNotConnectedException}, and
 * when a session ends every request in flight on it fails the same way.
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
  private final ConnectionManager connections;
  private final Map<PendingRequest<?>, IbConnection> pending = new ConcurrentHashMap<>();
  private final List<Consumer<Object>> listeners = new CopyOnWriteArrayList<>();
  private final Set<Integer> unknownIdsLogged = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requestIds = new AtomicInteger(FIRST_REQUEST_ID);
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "ib-client-timer");
            t.setDaemon(true);
            return t;
          });

  public IbClient(IbSettings settings) {
    this.settings = settings;
    this.connections = new ConnectionManager(settings, this::dispatch, this::failRequestsOn);
  }

  public IbSettings settings() {
    return settings;
  }

  /**
   * Keeps a session with the gateway in the background from now until {@link #close()}: connects,
   * and after any loss (EOF, bad frame, socket error, handshake timeout, client id in use)
   * reconnects after an exponential backoff from {@code reconnectMinDelay} capped at {@code
   * reconnectMaxDelay}, with jitter. Returns at once; watch {@link #state()} or a state listener.
   * Calling it again does nothing.
   */
  public void start() {
    connections.start();
  }

  /**
   * Opens a session and waits until the gateway has sent the first valid order id and the managed
   * accounts, as IB asks clients to do before any request. Does nothing if a session is open.
   *
   * @throws IbNotConnectedException if that does not happen within the connect timeout, the gateway
   *     refuses the client id (326) or the client is closed
   */
  public void connect() {
    connections.openSession();
  }

  public ConnectionState state() {
    return connections.status().current();
  }

  /**
   * Tells {@code listener} about every state change, in order, on the thread that made it (the
   * connector, a reader or a caller of {@link #connect()}/{@link #close()}); it must not block.
   */
  public void addStateListener(Consumer<StateChange> listener) {
    connections.status().addListener(listener);
  }

  /** How many sessions were opened after a first one: recoveries from a loss. */
  public int reconnects() {
    return connections.reconnects();
  }

  /** The accounts the gateway's login may trade, from MANAGED_ACCTS. */
  public List<String> managedAccounts() {
    return connections.managedAccounts();
  }

  /** The last NEXT_VALID_ID the gateway sent, or -1 before the first session. */
  public int lastNextValidId() {
    return connections.lastNextValidId();
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
   * at once when the state is not {@link ConnectionState#CONNECTED} and when the session ends
   * before the answer is complete, with {@link IbTimeoutException} when the answer is not complete
   * in time, and with {@link IbRequestException} when the gateway answers an error. Cancelling the
   * future cancels the request at the gateway.
   */
  public <T> CompletableFuture<T> submit(PendingRequest<T> request, Duration timeout) {
    IbConnection connection = connections.usableConnection();
    if (connection == null) {
      request.fail(notSent(request.describe()));
      return request.result();
    }
    ScheduledFuture<?> timeoutTask;
    try {
      timeoutTask =
          timer.schedule(
              () ->
                  request.fail(
                      new IbTimeoutException(
                          request.describe() + " got no complete answer within " + timeout)),
              timeout.toMillis(),
              TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) { // closed meanwhile
      request.fail(notSent(request.describe()));
      return request.result();
    }
    pending.put(request, connection);
    request
        .result()
        .whenComplete(
            (value, error) -> {
              timeoutTask.cancel(false);
              pending.remove(request);
              boolean abandoned =
                  error instanceof CancellationException || error instanceof IbTimeoutException;
              if (request.cancelRequest() != null && (abandoned || request.cancelWhenDone())) {
                sendQuietly(connection, request);
              }
            });
    if (!connection.isOpen()) {
      // The session may have ended between the check and the registration, after it failed the
      // requests it had: fail this one too rather than leave it to its timeout.
      request.fail(notSent(request.describe()));
      return request.result();
    }
    try {
      connection.send(request.request());
    } catch (IbException e) {
      request.fail(e);
    }
    return request.result();
  }

  /**
   * Sends a message that expects no answer (order placement goes through its own tracker).
   *
   * @throws IbNotConnectedException unless the state is {@link ConnectionState#CONNECTED}
   */
  public void send(ClientMessage message) {
    IbConnection connection = connections.usableConnection();
    if (connection == null) {
      throw notSent(message.type().name());
    }
    connection.send(message);
  }

  /** Stops reconnecting, ends the session and fails every request in flight. Final. */
  @Override
  public void close() {
    connections.close();
    IbException cause =
        new IbNotConnectedException("client for gateway " + settings.address() + " closed");
    for (PendingRequest<?> request : List.copyOf(pending.keySet())) {
      request.fail(cause);
    }
    timer.shutdownNow();
  }

  private IbNotConnectedException notSent(String what) {
    return new IbNotConnectedException(
        what + " not sent: gateway " + settings.address() + " is " + state());
  }

  private void sendQuietly(IbConnection connection, PendingRequest<?> request) {
    try {
      if (connection.isOpen()) {
        connection.send(request.cancelRequest());
      }
    } catch (IbException e) {
      log.debug("Cancelling {} at the gateway failed: {}", request.describe(), e.getMessage());
    }
  }

  /** Fails the requests in flight on a session that ended. */
  private void failRequestsOn(IbConnection ended, IbException cause) {
    pending.forEach(
        (request, connection) -> {
          if (connection == ended) {
            request.fail(cause);
          }
        });
  }

  private void dispatch(Object message) {
    if (message instanceof UnknownMessage unknown) {
      if (unknownIdsLogged.add(unknown.id())) {
        log.warn(
            "Ignoring message id {} ({} fields) that this client does not decode;"
                + " later ones are logged at debug level",
            unknown.id(),
            unknown.fields().size());
      } else {
        log.debug("Ignoring message id {} again", unknown.id());
      }
    }
    for (PendingRequest<?> request : pending.keySet()) {
      request.offer(message);
    }
    for (Consumer<Object> listener : listeners) {
      listener.accept(message);
    }
  }
}
