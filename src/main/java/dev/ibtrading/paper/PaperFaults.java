package dev.ibtrading.paper;

import dev.ibtrading.ib.IbErrorCodes;
import dev.ibtrading.ib.message.ErrorMessage;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faults a test switches on at runtime to see how clients cope. Every method is thread-safe and
 * takes effect at once; every hook is a no-op while no fault is armed. {@link #reset()} returns to
 * normal service.
 *
 * <p>Four kinds: a {@link NewConnections} mode that decides what happens to connections accepted
 * from now on, one-off actions on the sessions open now ({@link #dropAllSessions()}, {@link
 * #linkLost()}, {@link #linkRestored(boolean)}, {@link #dropSessionAfterMessages(int)}), a refusal
 * of a coming request or its session dropped ({@link #historicalPacingViolationAt(int)}, {@link
 * #dropSessionAtHistoricalRequest(int)}), and old market data ({@link #quotesOlderBy(Duration)}).
 */
public final class PaperFaults {
  private static final Logger log = LoggerFactory.getLogger(PaperFaults.class);
  private static final int DISARMED = -1;

  /** What the gateway does with a connection it accepts. */
  public enum NewConnections {
    /** Normal service: handshake, START_API, requests. */
    SERVE,
    /**
     * Accept and close at once, before the handshake: what a gateway that is starting or does not
     * trust the client looks like (§5.5).
     */
    REFUSE,
    /**
     * Accept and never answer, not even the handshake; the connection stays open until {@link
     * #reset()} or the gateway closes: the client's handshake timeout is what ends it.
     */
    SILENT
  }

  private final Supplier<List<PaperSession>> sessions;
  private final List<Socket> silent = new ArrayList<>();
  private final AtomicInteger messagesBeforeDrop = new AtomicInteger(DISARMED);
  private final AtomicInteger historicalRequestsBeforeViolation = new AtomicInteger(DISARMED);
  private final AtomicInteger historicalRequestsBeforeDrop = new AtomicInteger(DISARMED);
  private volatile NewConnections newConnections = NewConnections.SERVE;
  private volatile Duration quoteLag = Duration.ZERO;

  /**
   * @param sessions the sessions that completed START_API, for the actions on all of them
   */
  PaperFaults(Supplier<List<PaperSession>> sessions) {
    this.sessions = sessions;
  }

  /** Sets what happens to connections accepted from now on; open sessions are not affected. */
  public void newConnections(NewConnections mode) {
    newConnections = mode;
    log.info("Paper gateway fault: new connections {}", mode);
  }

  public NewConnections newConnections() {
    return newConnections;
  }

  /**
   * Closes the session that sends the {@code messages}-th message from now, right after that
   * message (counted over all sessions), then disarms: a connection lost in the middle of an
   * answer.
   */
  public void dropSessionAfterMessages(int messages) {
    if (messages < 1) {
      throw new IllegalArgumentException("messages: " + messages + " (expected: >= 1)");
    }
    messagesBeforeDrop.set(messages);
  }

  /**
   * Answers the {@code request}-th historical data request from now (counted over all sessions)
   * with error 162 {@link IbErrorCodes#HISTORICAL_PACING_VIOLATION} and no bars, as a real gateway
   * refuses a request that breaks IB's pacing rules, then disarms.
   */
  public void historicalPacingViolationAt(int request) {
    if (request < 1) {
      throw new IllegalArgumentException("request: " + request + " (expected: >= 1)");
    }
    historicalRequestsBeforeViolation.set(request);
  }

  /**
   * Closes the session that sends the {@code request}-th historical data request from now (counted
   * over all sessions) instead of answering it, then disarms: a gateway restart (IB Gateway's
   * nightly one) in the middle of a download. The gateway itself keeps serving new connections.
   */
  public void dropSessionAtHistoricalRequest(int request) {
    if (request < 1) {
      throw new IllegalArgumentException("request: " + request + " (expected: >= 1)");
    }
    historicalRequestsBeforeDrop.set(request);
  }

  /** Closes every session now, as a gateway restart or a network cut would. */
  public void dropAllSessions() {
    for (PaperSession session : sessions.get()) {
      log.info("Paper gateway fault: dropping session {}", session.clientId());
      session.close();
    }
  }

  /** Sends every session 1100: the gateway lost its link to IB; the sessions stay open. */
  public void linkLost() {
    broadcast(
        IbErrorCodes.LINK_LOST, "Connectivity between IB and Trader Workstation has been lost.");
  }

  /**
   * Sends every session 1101 ({@code dataLost}: subscriptions are gone) or 1102 (subscriptions
   * kept): the link to IB is back.
   */
  public void linkRestored(boolean dataLost) {
    if (dataLost) {
      broadcast(
          IbErrorCodes.RESTORED_DATA_LOST,
          "Connectivity between IB and Trader Workstation has been restored - data lost.");
    } else {
      broadcast(
          IbErrorCodes.RESTORED_DATA_MAINTAINED,
          "Connectivity between IB and Trader Workstation has been restored - data maintained.");
    }
  }

  /**
   * Serves every quote from now on as it stood {@code lag} earlier (on top of delayed data's own 15
   * minutes): prices and the last trade's time (tick 45 LAST_TIMESTAMP, delayed 88) both, as a
   * market data farm that stopped updating, or frozen data, shows an old last trade. Daily bars and
   * fills are not affected. {@link Duration#ZERO} is normal service.
   */
  public void quotesOlderBy(Duration lag) {
    if (lag.isNegative()) {
      throw new IllegalArgumentException("lag: " + lag + " (expected: >= 0)");
    }
    quoteLag = lag;
    log.info("Paper gateway fault: quotes {} old", lag);
  }

  /** How much older than now quotes are served ({@link #quotesOlderBy}). */
  Duration quoteLag() {
    return quoteLag;
  }

  /**
   * Back to normal: serves new connections and current quotes, disarms the pending drop and closes
   * the connections held silent. Sessions open now stay open; no restore notice is sent.
   */
  public void reset() {
    newConnections = NewConnections.SERVE;
    quoteLag = Duration.ZERO;
    messagesBeforeDrop.set(DISARMED);
    historicalRequestsBeforeViolation.set(DISARMED);
    historicalRequestsBeforeDrop.set(DISARMED);
    closeSilentConnections();
  }

  /** Decides whether a new connection is served; a refused or silent one is handled here. */
  boolean acceptConnection(Socket socket) {
    switch (newConnections) {
      case REFUSE -> {
        log.info("Paper gateway fault: refusing connection from port {}", socket.getPort());
        closeQuietly(socket);
        return false;
      }
      case SILENT -> {
        log.info("Paper gateway fault: keeping connection from port {} silent", socket.getPort());
        synchronized (silent) {
          silent.add(socket);
        }
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  /** Called after each message sent to a session. */
  void afterSend(PaperSession session) {
    if (messagesBeforeDrop.getAndUpdate(n -> n > 1 ? n - 1 : DISARMED) == 1) {
      log.info("Paper gateway fault: dropping session {} after a message", session.clientId());
      session.close();
    }
  }

  /**
   * Called for each historical data request, before {@link #historicalPacingViolation()}; true when
   * {@code session} was closed instead of answering it.
   */
  boolean droppedAtHistoricalRequest(PaperSession session) {
    if (historicalRequestsBeforeDrop.getAndUpdate(n -> n > 1 ? n - 1 : DISARMED) == 1) {
      log.info(
          "Paper gateway fault: dropping session {} at a historical data request",
          session.clientId());
      session.close();
      return true;
    }
    return false;
  }

  /** Called for each historical data request; true when this one is to be refused for pacing. */
  boolean historicalPacingViolation() {
    if (historicalRequestsBeforeViolation.getAndUpdate(n -> n > 1 ? n - 1 : DISARMED) == 1) {
      log.info("Paper gateway fault: historical data request refused for pacing");
      return true;
    }
    return false;
  }

  /** Called after each frame received from a session. */
  void afterReceive(PaperSession session) {}

  /** Closes the connections held silent; the gateway calls it when it closes. */
  void closeSilentConnections() {
    List<Socket> held;
    synchronized (silent) {
      held = List.copyOf(silent);
      silent.clear();
    }
    held.forEach(PaperFaults::closeQuietly);
  }

  private void broadcast(int code, String text) {
    for (PaperSession session : sessions.get()) {
      session.sendError(ErrorMessage.NO_ID, code, text);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
