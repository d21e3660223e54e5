package dev.ibtrading.soak;

import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.paper.PaperAccount;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperFaults;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.paper.PaperOrderRules.OrderTicket;
import dev.ibtrading.testsupport.TestSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The paper gateway of the soak, outliving worker restarts, and the truth the invariants are
 * checked against: every order the worker sends (seen as it arrives, before any answer), today's
 * executions and the account's holdings as a second client connection and the gateway report them.
 */
final class SoakGateway implements AutoCloseable {
  static final int WORKER_CLIENT_ID = 1;
  private static final int CHECKER_CLIENT_ID = 77;
  private static final String ACCOUNT = "DU0000001";
  private static final int NO_DROP = -1;

  private final PaperGateway gateway;
  private final IbClient checkerClient;
  private final IbBroker checker;
  private final List<OrderTicket> placed = new CopyOnWriteArrayList<>();
  private final AtomicInteger dropAtOrder = new AtomicInteger(NO_DROP);
  private Set<String> executionsBefore = Set.of();

  SoakGateway() throws IOException {
    PaperGatewayConfig config =
        PaperGatewayConfig.builder().account(ACCOUNT).barsFile(barsFile()).alwaysOpen(true).build();
    gateway = new PaperGateway(config, PaperClock.system()).start();
    checkerClient = new IbClient(TestSettings.fast(gateway.port(), CHECKER_CLIENT_ID));
    checkerClient.start();
    checker = new IbBroker(checkerClient, "");
  }

  int port() {
    return gateway.port();
  }

  PaperFaults faults() {
    return gateway.faults();
  }

  PaperOrderRules rules() {
    return PaperOrderRules.of(gateway);
  }

  /**
   * A fresh account for the next scenario: faults and rules off, no open order, flat, the cash at
   * its start, and the order tap cleared.
   */
  void freshAccount() {
    faults().reset();
    rules().reset();
    gateway.market().unpinAll();
    placed.clear();
    dropAtOrder.set(NO_DROP);
    // The tap rejects nothing: it sees each new order before the gateway answers it.
    rules().rejectWhen(this::tap, "never");
    awaitChecker();
    if (!checker.openOrders().isEmpty()) {
      checker.cancelAllOrders();
      await().atMost(Duration.ofSeconds(30)).until(() -> checker.openOrders().isEmpty());
    }
    gateway.resetAccount();
    Set<String> ids = new HashSet<>();
    checker.executions().forEach(f -> ids.add(f.execId()));
    executionsBefore = ids;
  }

  /**
   * Cancels what is still working, so that one run's unfilled limit order does not hold back the
   * next runs' orders; the account and the order tap stay as they are.
   */
  void cancelOpenOrders() {
    if (!openOrders().isEmpty()) {
      checker.cancelAllOrders();
      await().atMost(Duration.ofSeconds(30)).until(() -> checker.openOrders().isEmpty());
    }
  }

  /** Drops the worker's session as its next order arrives, after {@code answers} answers. */
  void dropAtNextOrder(int answers) {
    dropAtOrder.set(answers);
  }

  private boolean tap(OrderTicket ticket) {
    placed.add(ticket);
    if (ticket.clientId() != WORKER_CLIENT_ID) {
      return false;
    }
    int answers = dropAtOrder.getAndSet(NO_DROP);
    if (answers == 0) {
      faults().dropAllSessions();
    } else if (answers > 0) {
      faults().dropSessionAfterMessages(answers);
    }
    return false;
  }

  /** The orders the worker sent since {@link #freshAccount()}, as the gateway received them. */
  List<OrderTicket> workerOrders() {
    return placed.stream().filter(t -> t.clientId() == WORKER_CLIENT_ID).toList();
  }

  /** Executions since {@link #freshAccount()}. */
  List<Fill> newExecutions() {
    awaitChecker();
    return checker.executions().stream()
        .filter(f -> !executionsBefore.contains(f.execId()))
        .toList();
  }

  List<OrderReport> openOrders() {
    awaitChecker();
    return checker.openOrders();
  }

  List<PaperAccount.Holding> holdings() {
    return gateway.account().holdings();
  }

  private void awaitChecker() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> checker.connectionState() == ConnectionState.CONNECTED);
  }

  private static Path barsFile() {
    try {
      return Path.of(SoakGateway.class.getResource("/scenario/bars.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    checkerClient.close();
    gateway.close();
  }
}
