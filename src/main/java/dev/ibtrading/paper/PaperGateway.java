package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import dev.ibtrading.ib.wire.FrameDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP server that speaks the TWS API and trades a simulated paper account. {@link #start} binds
 * and accepts in the background; each connection is a {@link PaperSession} on its own thread. The
 * simulation (market, account, orders) is shared by all sessions, as one login's account is.
 */
public final class PaperGateway implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PaperGateway.class);

  private final PaperGatewayConfig config;
  private final PaperClock clock;
  private final PaperFaults faults = new PaperFaults(this::sessions);
  private final PaperMarket market;
  private final PaperAccount account;
  private final Map<ClientMessageType, PaperRequestHandler> handlers =
      new EnumMap<>(ClientMessageType.class);
  private final Map<Integer, PaperSession> sessionsByClientId = new ConcurrentHashMap<>();
  private final Set<PaperSession> sessions = ConcurrentHashMap.newKeySet();
  private final OrderRequests orders;
  private ServerSocket server;
  private int nextOrderId = 1;

  public PaperGateway(PaperGatewayConfig config, PaperClock clock) {
    this.config = config;
    this.clock = clock;
    this.market = new PaperMarket(config, clock);
    this.account = new PaperAccount(config.account(), config.startingCash(), config.currency());
    config.cashBalances().forEach(account::deposit);
    register(new SessionRequests(this));
    register(new AccountRequests(this));
    register(new AccountUpdates(this));
    register(new MarketDataRequests(this));
    this.orders = new OrderRequests(this);
    register(orders);
  }

  public PaperGateway(PaperGatewayConfig config) {
    this(config, PaperClock.system());
  }

  /** Binds the port and starts accepting connections. */
  public synchronized PaperGateway start() throws IOException {
    server = new ServerSocket(config.port(), 50, InetAddress.getByName(config.host()));
    Thread acceptor = new Thread(this::acceptLoop, "paper-gateway-accept-" + port());
    acceptor.setDaemon(true);
    acceptor.start();
    log.info(
        "Paper gateway for account {} listening on {}:{}", config.account(), config.host(), port());
    return this;
  }

  /** The bound port (the chosen one when the config asked for 0). */
  public int port() {
    return server.getLocalPort();
  }

  public PaperGatewayConfig config() {
    return config;
  }

  public PaperClock clock() {
    return clock;
  }

  public PaperFaults faults() {
    return faults;
  }

  public PaperMarket market() {
    return market;
  }

  public PaperAccount account() {
    return account;
  }

  /**
   * Puts the account back to a new one's state (the starting cash in every currency, no positions,
   * no realized profit), for tests and tools that reuse one gateway across cases; orders are not
   * touched.
   */
  public void resetAccount() {
    account.restore(
        new PaperAccount.State(
            account.accountId(),
            BigDecimal.valueOf(config.startingCash()),
            BigDecimal.ZERO,
            List.of(),
            config.cashBalances()));
  }

  /**
   * Moves every working order along at the clock's time now, as the background tick does within
   * {@value PaperOrderTicker#PERIOD_MILLIS} ms: for a replay that steps a fixed clock and must see
   * held orders fill at the open before it goes on.
   */
  public void tickOrders() {
    orders.tick();
  }

  /** The registered handler of a type, for tests that drive a handler's timer by hand. */
  <T extends PaperRequestHandler> T handlerOf(Class<T> type) {
    return handlers.values().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow();
  }

  /** Sessions that completed START_API, for pushing order and position updates. */
  public List<PaperSession> sessions() {
    return List.copyOf(sessionsByClientId.values());
  }

  /** The lowest order id no client has used yet. */
  public synchronized int nextValidOrderId() {
    return nextOrderId;
  }

  /** Records that {@code orderId} was used, so later NEXT_VALID_ID answers exceed it. */
  public synchronized void orderIdUsed(int orderId) {
    nextOrderId = Math.max(nextOrderId, orderId + 1);
  }

  @Override
  public synchronized void close() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException ignored) {
      // closing anyway
    }
    for (PaperSession session : List.copyOf(sessions)) {
      session.close();
    }
    faults.closeSilentConnections();
  }

  boolean claimClientId(int clientId, PaperSession session) {
    return sessionsByClientId.putIfAbsent(clientId, session) == null;
  }

  void sessionClosed(PaperSession session) {
    sessions.remove(session);
    sessionsByClientId.remove(session.clientId(), session);
  }

  void handle(ClientMessage request, PaperSession session) {
    PaperRequestHandler handler = handlers.get(request.type());
    if (handler == null) {
      log.warn("Paper gateway refuses {}: it has no handler for it", request.type());
      PaperRefusals.refuse(request.type().id(), session);
      return;
    }
    handler.handle(request, session);
  }

  private void register(PaperRequestHandler handler) {
    for (ClientMessageType type : handler.handles()) {
      PaperRequestHandler previous = handlers.put(type, handler);
      if (previous != null) {
        throw new IllegalStateException(type + " has two handlers");
      }
    }
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        if (!faults.acceptConnection(socket)) {
          continue;
        }
        // Answers are several small frames (rows, then ...End): without this, Nagle holds the next
        // frame until the client's delayed ACK, about 40 ms per request (docs/performance.md).
        socket.setTcpNoDelay(true);
        PaperSession session = new PaperSession(this, socket, FrameDecoder.IB_MAX_LENGTH);
        sessions.add(session);
        Thread thread = new Thread(session::run, "paper-session-" + socket.getPort());
        thread.setDaemon(true);
        thread.start();
      } catch (SocketException e) {
        return; // closed
      } catch (IOException e) {
        log.warn("Paper gateway accept failed: {}", e.getMessage());
      }
    }
  }
}
