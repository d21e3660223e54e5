package dev.ibtrading.cashbalancer;

import dev.ibtrading.broker.AccountCurrency;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.run.EarlierAttempt;
import dev.ibtrading.run.IntentHandler;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.run.TradingRun;
import dev.ibtrading.trigger.Intent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code cash-balancer}: converts each other currency's cash above its threshold back to the
 * account's base currency, with one market order per currency (see {@link ConversionPlanner}).
 *
 * <p>In order: orders or executions already carrying the run key (an earlier attempt of this run)
 * are reported and nothing is placed; the base currency and every currency's cash and rate are read
 * from the broker (a read that fails is transient: nothing was sent, the trigger is retried); with
 * the kill switch off or an account the trading gate refused ({@code skipped}/{@code failed}), or
 * on a dry run ({@code ok}), the conversions are decided and reported, none placed. Otherwise they
 * are placed with the run key as {@code orderRef} and awaited ({@link CashBalancerTrades}).
 *
 * <p>The rates are IB's own, the ledger's {@code ExchangeRate} of each currency, read with the
 * balances in one account summary request ({@link Broker#accountCurrency}), not FX quotes ({@link
 * Broker#fxRate}): a real gateway sends the ledger to any account, also while the currency market
 * is closed and without market data for the pairs, and it is the rate IB values the balances at, so
 * the threshold compares what the account statement shows. The rate only sizes the lots and the
 * cap; the conversion itself is a market order.
 *
 * <p>Currencies trade around the clock on weekdays, so the exchange calendar does not hold a
 * conversion back; on a weekend IB keeps a market order until the currency market opens.
 *
 * <p>From the look for an earlier attempt on, the run is a {@link TradingRun}.
 */
@Component
class CashBalancerHandler implements IntentHandler {
  private final Broker broker;
  private final CashBalancerSettings settings;

  CashBalancerHandler(Broker broker, CashBalancerSettings settings) {
    this.broker = broker;
    this.settings = settings;
  }

  @Override
  public Intent intent() {
    return Intent.CASH_BALANCER;
  }

  @Override
  public IntentResult run(RunContext context) {
    boolean dryRun = context.options(CashBalancerOptions.class).dryRun();
    return TradingRun.reading(broker::accountCurrency)
        .earlierAttempt((account, earlier) -> earlierAttempt(account, earlier, dryRun))
        .deciding(account -> conversions(account, dryRun, context))
        .run(broker, context, dryRun, new ArrayList<>());
  }

  /** The orders and fills of an earlier attempt of this run: reported, nothing converted again. */
  private JsonNode earlierAttempt(AccountCurrency account, EarlierAttempt earlier, boolean dryRun) {
    return OutcomeJson.toTree(
        new CashBalancerResult(
            account.baseCurrency(),
            dryRun,
            settings.maxConversion(),
            CashBalancerResult.Balance.of(account.cash()),
            List.of(),
            List.of(),
            earlier.reportedOrders(),
            earlier.reportedExecutions(),
            null));
  }

  private TradingRun.Decision conversions(
      AccountCurrency account, boolean dryRun, RunContext context) {
    ConversionPlanner.Plan plan =
        new ConversionPlanner(settings).plan(account.baseCurrency(), account.cash());
    CashBalancerTrades trades =
        new CashBalancerTrades(
            broker, settings, account.baseCurrency(), account.cash(), dryRun, context);
    return new TradingRun.Decision(
        () -> OutcomeJson.toTree(trades.wouldDo(plan)),
        plan.lines().isEmpty(),
        () -> trades.run(plan));
  }
}
