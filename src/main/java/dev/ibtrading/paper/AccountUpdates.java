package dev.ibtrading.paper;

import dev.ibtrading.ib.message.AccountDownloadEnd;
import dev.ibtrading.ib.message.AccountUpdateMulti;
import dev.ibtrading.ib.message.AccountUpdateMultiEnd;
import dev.ibtrading.ib.message.AccountUpdateTime;
import dev.ibtrading.ib.message.AccountValue;
import dev.ibtrading.ib.message.CancelAccountUpdatesMulti;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import dev.ibtrading.ib.message.RequestAccountUpdates;
import dev.ibtrading.ib.message.RequestAccountUpdatesMulti;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account updates, IB's {@code reqAccountUpdates} (REQ_ACCOUNT_DATA) and {@code
 * reqAccountUpdatesMulti}, as subscriptions:
 *
 * <ul>
 *   <li>{@code reqAccountUpdates(true, account)}: every account value, one portfolio value per
 *       position, the update time ({@code HH:mm}, New York), then ACCT_DOWNLOAD_END. One
 *       subscription per session, as in IB (a second request replaces the first); {@code
 *       subscribe=false} ends it.
 *   <li>{@code reqAccountUpdatesMulti(reqId, account, modelCode, ledgerAndNLV)}: every account
 *       value (or only the ledger and NetLiquidation) as ACCOUNT_UPDATE_MULTI, then its END;
 *       cancelled by CANCEL_ACCOUNT_UPDATES_MULTI.
 * </ul>
 *
 * <p>While subscribed, a session gets what changed, as a real gateway pushes it: after each fill,
 * and every {@value #PUSH_PERIOD_MINUTES} minutes as prices move (IB's documented cadence for
 * account values). Only values that differ from the ones last sent to that subscription go out; a
 * position a fill changed gets its portfolio value (quantity 0 when closed), followed by the update
 * time. An account code other than the paper account's gets error 321 and no subscription.
 */
final class AccountUpdates implements PaperRequestHandler {
  static final long PUSH_PERIOD_MINUTES = 3;

  private static final Logger log = LoggerFactory.getLogger(AccountUpdates.class);
  private static final DateTimeFormatter UPDATE_TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "paper-account-updates");
            t.setDaemon(true);
            return t;
          });

  private final PaperGateway gateway;
  private final Map<PaperSession, AccountValuesSubscription> single = new ConcurrentHashMap<>();
  private final Map<MultiKey, AccountValuesSubscription> multi = new ConcurrentHashMap<>();
  private ScheduledFuture<?> periodicPush;

  AccountUpdates(PaperGateway gateway) {
    this.gateway = gateway;
    gateway.account().addListener(changed -> pushAll(changed.symbol()));
  }

  @Override
  public Set<ClientMessageType> handles() {
    return Set.of(
        ClientMessageType.REQ_ACCOUNT_DATA,
        ClientMessageType.REQ_ACCOUNT_UPDATES_MULTI,
        ClientMessageType.CANCEL_ACCOUNT_UPDATES_MULTI);
  }

  @Override
  public void handle(ClientMessage request, PaperSession session) {
    switch (request.type()) {
      case REQ_ACCOUNT_DATA -> accountUpdates((RequestAccountUpdates) request, session);
      case REQ_ACCOUNT_UPDATES_MULTI ->
          accountUpdatesMulti((RequestAccountUpdatesMulti) request, session);
      case CANCEL_ACCOUNT_UPDATES_MULTI ->
          multi.remove(multiKey(session, ((CancelAccountUpdatesMulti) request).reqId()));
      default -> throw new IllegalArgumentException("not an account update request: " + request);
    }
  }

  private void accountUpdates(RequestAccountUpdates request, PaperSession session) {
    if (!request.subscribe()) {
      single.remove(session);
      return;
    }
    if (!isOurs(request.account(), session, -1, request.type())) {
      return;
    }
    String account = gateway.account().accountId();
    var subscription =
        new AccountValuesSubscription(
            session,
            false,
            v -> new AccountValue(v.key(), v.value(), v.currency(), account),
            () -> new AccountUpdateTime(UPDATE_TIME.format(now())),
            true);
    single.put(session, subscription);
    subscription.sendAll(values(), new AccountDownloadEnd(account));
    startPeriodicPush();
  }

  private void accountUpdatesMulti(RequestAccountUpdatesMulti request, PaperSession session) {
    if (!isOurs(request.account(), session, request.reqId(), request.type())) {
      return;
    }
    String account = gateway.account().accountId();
    var subscription =
        new AccountValuesSubscription(
            session,
            request.ledgerAndNlv(),
            v ->
                new AccountUpdateMulti(
                    request.reqId(),
                    account,
                    request.modelCode(),
                    v.key(),
                    v.value(),
                    v.currency()),
            null,
            false);
    multi.put(multiKey(session, request.reqId()), subscription);
    subscription.sendAll(values(), new AccountUpdateMultiEnd(request.reqId()));
    startPeriodicPush();
  }

  /** Empty, or the paper account's code; else error 321 as IB validates the account code. */
  private boolean isOurs(String account, PaperSession session, int reqId, ClientMessageType type) {
    if (account.isBlank() || account.equalsIgnoreCase(gateway.account().accountId())) {
      return true;
    }
    session.sendError(
        reqId,
        PaperRefusals.VALIDATION_ERROR,
        PaperRefusals.validationText(type.id(), "Invalid account code '" + account + "'."));
    return false;
  }

  /** Pushes changes to every open subscription; {@code symbol} is a position a fill changed. */
  private void pushAll(String symbol) {
    if (single.isEmpty() && multi.isEmpty()) {
      return;
    }
    PaperAccountValues now = values();
    for (Map<?, AccountValuesSubscription> subscriptions : List.of(single, multi)) {
      subscriptions
          .values()
          .removeIf(
              s -> {
                if (!s.isOpen()) {
                  return true;
                }
                s.pushChanges(now, symbol);
                return false;
              });
    }
    if (single.isEmpty() && multi.isEmpty()) {
      stopPeriodicPush();
    }
  }

  private synchronized void startPeriodicPush() {
    if (periodicPush == null) {
      periodicPush =
          TIMER.scheduleAtFixedRate(
              this::periodicPush, PUSH_PERIOD_MINUTES, PUSH_PERIOD_MINUTES, TimeUnit.MINUTES);
    }
  }

  private synchronized void stopPeriodicPush() {
    if (periodicPush != null) {
      periodicPush.cancel(false);
      periodicPush = null;
    }
  }

  /** What the 3-minute timer runs; also callable by tests that cannot wait 3 minutes. */
  void periodicPush() {
    try {
      pushAll(null);
    } catch (RuntimeException e) {
      log.error("Paper account updates push failed", e); // keep the timer: the next may succeed
    }
  }

  private PaperAccountValues values() {
    return PaperAccountValues.of(gateway.account(), gateway.market());
  }

  private ZonedDateTime now() {
    return gateway.clock().now().atZone(PaperOrderTimes.NEW_YORK);
  }

  private static MultiKey multiKey(PaperSession session, int reqId) {
    return new MultiKey(session, reqId);
  }

  /** A multi subscription is one request id of one session. */
  private record MultiKey(PaperSession session, int reqId) {}
}
