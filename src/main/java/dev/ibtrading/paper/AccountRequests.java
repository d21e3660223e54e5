package dev.ibtrading.paper;

import dev.ibtrading.ib.message.AccountSummary;
import dev.ibtrading.ib.message.AccountSummaryEnd;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import dev.ibtrading.ib.message.PositionEnd;
import dev.ibtrading.ib.message.PositionMessage;
import dev.ibtrading.ib.message.RequestAccountSummary;
import dev.ibtrading.ib.message.WireContract;
import dev.ibtrading.paper.PaperAccount.Holding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account requests (§3.2, §3.3): account summary (computed by {@link PaperAccountSummary}) and
 * positions.
 *
 * <p>Account summary: one row per requested tag this gateway knows (others are skipped, as IB skips
 * tags it does not report; the ledger forms give one row per ledger value), in USD or without a
 * currency for ratios and texts, then END. IB would push changed values every 3 minutes until
 * cancelled; this gateway answers once, so CANCEL_ACCOUNT_SUMMARY has nothing left to stop and is
 * accepted silently.
 *
 * <p>Positions: one POSITION per holding, then END; from then on the session gets a POSITION
 * whenever a fill changes a holding (quantity 0 when it closed one) until CANCEL_POSITIONS. Each
 * session's answers and pushes are sent under one lock and read the account when sent, so what a
 * client receives never goes back in time: a push racing an answer repeats or supersedes it.
 */
final class AccountRequests implements PaperRequestHandler {
  private static final Logger log = LoggerFactory.getLogger(AccountRequests.class);
  private static final String CURRENCY = PaperAccountSummary.CURRENCY;
  private static final String LEDGER = "$LEDGER";

  private final PaperGateway gateway;

  /** Sessions subscribed to positions, each with the lock its position messages are sent under. */
  private final Map<PaperSession, Object> positionSubscribers = new ConcurrentHashMap<>();

  AccountRequests(PaperGateway gateway) {
    this.gateway = gateway;
    gateway.account().addListener(this::holdingChanged);
  }

  @Override
  public Set<ClientMessageType> handles() {
    return Set.of(
        ClientMessageType.REQ_ACCOUNT_SUMMARY,
        ClientMessageType.CANCEL_ACCOUNT_SUMMARY,
        ClientMessageType.REQ_POSITIONS,
        ClientMessageType.CANCEL_POSITIONS);
  }

  @Override
  public void handle(ClientMessage request, PaperSession session) {
    switch (request.type()) {
      case REQ_ACCOUNT_SUMMARY -> sendSummary((RequestAccountSummary) request, session);
      case CANCEL_ACCOUNT_SUMMARY -> log.debug("Account summary cancelled by {}", request);
      case REQ_POSITIONS -> sendPositions(session);
      case CANCEL_POSITIONS -> positionSubscribers.remove(session);
      default -> throw new IllegalArgumentException("not an account request: " + request.type());
    }
  }

  private void sendSummary(RequestAccountSummary request, PaperSession session) {
    Map<String, String> values = PaperAccountSummary.compute(gateway.account(), gateway.market());
    String account = gateway.account().accountId();
    for (String tag : new LinkedHashSet<>(request.tags())) {
      if (tag.startsWith(LEDGER)) {
        sendLedger(request.requestId(), tag, account, session);
        continue;
      }
      String value = values.get(tag);
      if (value != null) {
        session.send(
            new AccountSummary(
                request.requestId(), account, tag, value, PaperAccountSummary.currencyOf(tag)));
      }
    }
    session.send(new AccountSummaryEnd(request.requestId()));
  }

  /**
   * IB's ledger forms (account summary documentation): {@code $LEDGER} the base currency's cash
   * balances, {@code $LEDGER:USD} one currency's, {@code $LEDGER:ALL} every currency's and the
   * base's. The base currency's rows carry {@code BASE}, as in account updates; a currency the
   * account does not hold has no rows.
   */
  private void sendLedger(int requestId, String tag, String account, PaperSession session) {
    String which = tag.length() > LEDGER.length() + 1 ? tag.substring(LEDGER.length() + 1) : "";
    List<String> held = PaperLedger.currencies(gateway.account());
    String asked = which.toUpperCase(Locale.ROOT);
    List<String> currencies =
        switch (asked) {
          case "" -> tag.equals(LEDGER) ? List.of(PaperLedger.BASE) : List.of();
          case "ALL" -> {
            List<String> all = new ArrayList<>(List.of(PaperLedger.BASE));
            all.addAll(held);
            yield all;
          }
          default -> held.contains(asked) ? List.of(asked) : List.of();
        };
    for (String currency : currencies) {
      PaperLedger.values(gateway.account(), gateway.market(), currency)
          .forEach(
              (key, value) ->
                  session.send(new AccountSummary(requestId, account, key, value, currency)));
    }
  }

  private void sendPositions(PaperSession session) {
    Object lock = positionSubscribers.computeIfAbsent(session, s -> new Object());
    synchronized (lock) {
      for (Holding holding : gateway.account().holdings()) {
        session.send(position(holding));
      }
      session.send(new PositionEnd());
    }
  }

  private void holdingChanged(Holding changed) {
    positionSubscribers.forEach(
        (session, lock) -> {
          if (!session.isOpen()) {
            positionSubscribers.remove(session);
            return;
          }
          synchronized (lock) {
            Holding latest =
                gateway
                    .account()
                    .holding(changed.symbol())
                    .orElse(
                        new Holding(
                            changed.symbol(), changed.conId(), BigDecimal.ZERO, BigDecimal.ZERO));
            session.send(position(latest));
          }
        });
  }

  private PositionMessage position(Holding holding) {
    var instrument = PaperUniverse.bySymbol(holding.symbol());
    return new PositionMessage(
        gateway.account().accountId(),
        WireContract.stock(
            holding.conId(),
            holding.symbol(),
            instrument.map(PaperInstrument::primaryExchange).orElse(""),
            "",
            CURRENCY,
            holding.symbol(),
            instrument.map(PaperInstrument::tradingClass).orElse(holding.symbol())),
        holding.quantity(),
        holding.averageCost().doubleValue());
  }
}
