package dev.ibtrading.closeall;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.Position;
import dev.ibtrading.orders.GlobalCanceller;
import dev.ibtrading.orders.InvalidOrderPropertiesException;
import dev.ibtrading.orders.OrderProperties;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.run.EarlierAttempt;
import dev.ibtrading.run.IntentHandler;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.run.TradingGate;
import dev.ibtrading.run.TradingRun;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.trigger.Intent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code close-all}: cancels open orders, then closes positions with one order each.
 *
 * <p>Scope {@code own} (default) cancels this worker's open orders (its client id) and closes the
 * positions in the managed universe; other clients' orders and other positions (opened by hand,
 * say) are left alone, and a working order of another client in a managed instrument is warned
 * about ({@code other-client-order}). Scope {@code all} also cancels every other client's order
 * (one global cancel, see {@link GlobalCanceller}) and closes every position of the account.
 *
 * <p>In order: the {@code orderProperties} are checked against the allocation's allow-list
 * (default: plain MKT, tif DAY; not allowed: {@code failed}, nothing read or sent); orders or
 * executions already carrying the run key (an earlier attempt of this run) are reported and nothing
 * is cancelled or placed; with the kill switch off ({@code skipped}), an account refused by the
 * {@link TradingGate} ({@code failed}) or on a dry run ({@code ok}) what the run would cancel and
 * place is reported. Otherwise the cancels go first, so that no closing order fights a working
 * order, and the positions are read again (a cancelled order may have filled first); see {@link
 * CloseAllTrades}.
 *
 * <p>On a market holiday or weekend the run still cancels (cancelling is always safe) but places
 * nothing: a market order would rest until the next session at a price nobody has seen. It warns
 * {@code market-closed} and ends {@code partial} while positions stay open.
 */
@Component
class CloseAllHandler implements IntentHandler {
  private final Broker broker;
  private final ManagedUniverse universe;
  private final CloseAllSettings settings;
  private final ExchangeCalendar calendar;

  CloseAllHandler(
      Broker broker,
      ManagedUniverse universe,
      CloseAllSettings settings,
      ExchangeCalendar calendar) {
    this.broker = broker;
    this.universe = universe;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  public Intent intent() {
    return Intent.CLOSE_ALL;
  }

  @Override
  public IntentResult run(RunContext context) {
    CloseAllOptions options = context.options(CloseAllOptions.class);
    OrderProperties properties;
    try {
      // No Adaptive default: closing is urgent, a plain market order is what the original sent.
      properties = OrderProperties.parse(options.orderProperties(), null);
    } catch (InvalidOrderPropertiesException e) {
      return new IntentResult(
          OutcomeStatus.FAILED,
          null,
          null,
          List.of(new Problem("invalid-order-properties", e.getMessage())));
    }
    ClosingScope scope = new ClosingScope(options.scope(), universe);
    List<Problem> warnings = new ArrayList<>();
    return TradingRun.reading(broker::positions)
        .earlierAttempt((positions, earlier) -> earlierAttempt(options, scope, positions, earlier))
        .deciding(positions -> closing(context, options, scope, properties, positions, warnings))
        .run(broker, context, options.dryRun(), warnings);
  }

  /** The orders and fills of an earlier attempt of this run: reported, nothing done again. */
  private static JsonNode earlierAttempt(
      CloseAllOptions options,
      ClosingScope scope,
      List<Position> positions,
      EarlierAttempt earlier) {
    return OutcomeJson.toTree(
        new CloseAllResult(
            options.scope().wireName(),
            options.dryRun(),
            List.of(),
            List.of(),
            earlier.reportedOrders(),
            earlier.reportedExecutions(),
            CloseAllTrades.holdings(scope.closing(positions)),
            null,
            CloseAllTrades.holdings(scope.leftAlone(positions))));
  }

  /** What to cancel and close: reads the open orders, warns of a closed market. */
  private TradingRun.Decision closing(
      RunContext context,
      CloseAllOptions options,
      ClosingScope scope,
      OrderProperties properties,
      List<Position> positions,
      List<Problem> warnings) {
    List<OrderReport> own = broker.ownOpenOrders();
    List<OrderReport> others = othersOf(broker.openOrders(), own);
    LocalDate today = context.clock().instant().atZone(ExchangeCalendar.NEW_YORK).toLocalDate();
    boolean marketClosed = !calendar.isTradingDay(today);
    List<Position> closing = scope.closing(positions);
    if (marketClosed && !closing.isEmpty()) {
      warnings.add(
          new Problem(
              "market-closed",
              "no trading session on "
                  + today
                  + " ("
                  + calendar.closureReason(today).orElse("")
                  + "): open orders are cancelled but no position is closed"));
    }
    if (options.scope() == CloseAllScope.OWN) {
      universe.managedOrders(others).forEach(o -> warnings.add(otherClientOrder(o)));
    }
    CloseAllTrades trades =
        new CloseAllTrades(broker, settings, scope, properties, options.dryRun(), context);
    return TradingRun.Decision.of(
        () -> {
          List<OrderReport> toCancel = new ArrayList<>(own);
          if (options.scope() == CloseAllScope.ALL) {
            toCancel.addAll(others);
          }
          return OutcomeJson.toTree(trades.wouldDo(positions, toCancel, warnings));
        },
        () -> trades.run(positions, own, others, marketClosed, warnings));
  }

  /**
   * The open orders in {@code all} that are not among {@code own} (by permId: ids are per client).
   */
  private static List<OrderReport> othersOf(List<OrderReport> all, List<OrderReport> own) {
    Set<Long> ownPermIds = own.stream().map(OrderReport::permId).collect(Collectors.toSet());
    return all.stream().filter(o -> !ownPermIds.contains(o.permId())).toList();
  }

  private static Problem otherClientOrder(OrderReport order) {
    return new Problem(
        "other-client-order",
        "order "
            + order.orderId()
            + " of another client ("
            + order.description().side()
            + " "
            + order.description().quantity().toPlainString()
            + " "
            + order.description().contract().symbol()
            + ") is working; scope own leaves it alone");
  }
}
