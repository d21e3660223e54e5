package dev.ibtrading.ib;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.ManagedAccounts;
import dev.ibtrading.ib.message.NextValidId;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session lifecycle behind {@link IbClient}: opens sessions (once, or kept up by a {@link
 * Reconnector}), turns the gateway's connection notices (§5.4) into {@link ConnectionState}, and
 * reports the end of a session so that its requests can be failed.
 *
 * <p>Every change of the current session and of the state happens under the {@link
 * ConnectionStatus} monitor, so the two never disagree. News from a session that is no longer the
 * current one (a late EOF, a notice from a session being abandoned) is recognised by identity and
 * ignored.
 */
final class ConnectionManager {
  private static final Logger log = LoggerFactory.getLogger(ConnectionManager.class);

  private final IbSettings settings;
  private final Consumer<Object> messages;
  private final BiConsumer<IbConnection, IbException> sessionLost;
  private final ConnectionStatus status = new ConnectionStatus();
  private final AtomicInteger reconnects = new AtomicInteger();
  private final Object connectLock = new Object();
  private final ConnectionNotices notices;

  // Guarded by status.
  private SessionStart session;
  private Reconnector reconnector;
  private boolean everConnected;
  private boolean closed;

  private volatile List<String> accounts = List.of();
  private volatile int nextValidId = -1;

  /**
   * @param messages receives every decoded message of the current session, on its reader thread
   * @param sessionLost told once about a usable session that ended, with the cause
   */
  ConnectionManager(
      IbSettings settings,
      Consumer<Object> messages,
      BiConsumer<IbConnection, IbException> sessionLost) {
    this.settings = settings;
    this.messages = messages;
    this.sessionLost = sessionLost;
    this.notices = new ConnectionNotices(settings, this::linkChanged);
  }

  ConnectionStatus status() {
    return status;
  }

  int reconnects() {
    return reconnects.get();
  }

  List<String> managedAccounts() {
    return accounts;
  }

  int lastNextValidId() {
    return nextValidId;
  }

  /** Starts the background connector unless it runs already. */
  void start() {
    Reconnector started;
    synchronized (status) {
      requireOpen();
      if (reconnector != null) {
        return;
      }
      Backoff backoff =
          new Backoff(settings.reconnectMinDelay(), settings.reconnectMaxDelay(), new Random());
      reconnector = new Reconnector(this::openSession, backoff, settings.address());
      started = reconnector;
    }
    started.start();
  }

  /** Opens a usable session unless one is open; returns a future of its end. */
  CompletableFuture<IbException> openSession() {
    synchronized (connectLock) {
      SessionStart start;
      synchronized (status) {
        requireOpen();
        if (session != null && status.current() != ConnectionState.CONNECTING) {
          return session.ended();
        }
        start = new SessionStart();
        session = start;
        status.moveTo(ConnectionState.CONNECTING, false, "connecting to " + settings.address());
      }
      try {
        start.opened(
            IbConnection.open(
                settings, message -> dispatch(message, start), cause -> ended(start, cause)));
        start.awaitReady(settings.connectTimeout(), settings.address());
        established(start);
      } catch (IbException e) {
        abandon(start, e);
        throw e;
      }
      return start.ended();
    }
  }

  /** The connection requests may use now, or {@code null} unless the state is CONNECTED. */
  IbConnection usableConnection() {
    synchronized (status) {
      if (session == null || !status.current().acceptsRequests()) {
        return null;
      }
      IbConnection connection = session.connection();
      return connection != null && connection.isOpen() ? connection : null;
    }
  }

  /** Stops reconnecting and ends the session, for good. */
  void close() {
    Reconnector stopping;
    SessionStart ending;
    synchronized (status) {
      if (closed) {
        return;
      }
      closed = true;
      stopping = reconnector;
      ending = session;
      session = null;
      status.moveTo(ConnectionState.DISCONNECTED, false, "client closed");
    }
    if (stopping != null) {
      stopping.stop();
    }
    if (ending != null) {
      ending.close();
    }
  }

  private void established(SessionStart start) {
    boolean reconnect;
    synchronized (status) {
      if (closed || session != start) {
        throw new IbNotConnectedException(
            "session with gateway at " + settings.address() + " ended while it started");
      }
      reconnect = everConnected;
      everConnected = true;
      if (reconnect) {
        reconnects.incrementAndGet();
      }
      status.moveTo(
          start.linkLost() ? ConnectionState.BROKER_LINK_LOST : ConnectionState.CONNECTED,
          reconnect,
          reconnect ? "reconnected" : "connected");
    }
    log.info(
        "{} gateway at {} (server version {}, client id {}, accounts {})",
        reconnect ? "Reconnected to" : "Connected to",
        settings.address(),
        start.connection().serverVersion(),
        settings.clientId(),
        accounts);
  }

  private void abandon(SessionStart start, IbException cause) {
    synchronized (status) {
      if (session == start) {
        session = null;
        status.moveTo(ConnectionState.DISCONNECTED, false, cause.getMessage());
      }
    }
    start.close();
  }

  private void ended(SessionStart start, IbException cause) {
    boolean current;
    synchronized (status) {
      // Not current: abandoned while connecting, or closed; whoever did that reported it.
      current = session == start;
      if (current) {
        session = null;
        status.moveTo(ConnectionState.DISCONNECTED, false, cause.getMessage());
      }
    }
    if (current) {
      log.warn("Session with gateway at {} ended: {}", settings.address(), cause.getMessage());
    }
    start.end(cause); // lets the connector go on
    if (current) {
      sessionLost.accept(start.connection(), cause);
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IbNotConnectedException(
          "client for gateway " + settings.address() + " is closed (expected: not closed)");
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
      notices.handle(error, start);
    }
    messages.accept(message);
  }

  private void linkChanged(SessionStart start, boolean lost, boolean dataLost, String reason) {
    synchronized (status) {
      start.linkLost(lost);
      ConnectionState now = status.current();
      if (session != start || now == ConnectionState.CONNECTING) {
        return; // a stale session, or one that applies the flag once it is usable
      }
      if (lost && now == ConnectionState.CONNECTED) {
        status.moveTo(ConnectionState.BROKER_LINK_LOST, false, reason);
      } else if (!lost) {
        status.moveTo(ConnectionState.CONNECTED, dataLost, reason);
      }
    }
  }
}
