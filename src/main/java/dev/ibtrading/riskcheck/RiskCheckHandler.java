package dev.ibtrading.riskcheck;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.riskcheck.RiskCheckResult.Measurement;
import dev.ibtrading.run.EarlierAttempt;
import dev.ibtrading.run.IntentHandler;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.run.TradingBlock;
import dev.ibtrading.run.TradingGate;
import dev.ibtrading.run.TradingRun;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.trigger.Intent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code risk-check}: measures the account against the limits of {@link RiskSettings} and takes the
 * strongest action the breaches ask for, once.
 *
 * <p>In order: the account values, the managed positions and their prices are read and measured
 * (every measure, breached or not, is reported; each breach is also a {@code limit-breached}
 * warning). Outside the regular session (holiday, weekend, before the open, after the close) the
 * run ends {@code skipped} ({@code market-closed}) without trading: a market order then would wait
 * for the next open and execute a decision made on stale prices. With the kill switch off or an
 * account the {@link TradingGate} refused, it ends with the {@link TradingBlock}; on a dry run
 * {@code ok}; all three report what the action would cancel and place. Orders or executions already
 * carrying the run key (an earlier attempt, e.g. before a restart) are reported and nothing is done
 * again. Otherwise {@link RiskActions} acts.
 *
 * <p>Positions outside the managed universe count in the account-wide measures only; no action ever
 * trades them or cancels their orders.
 *
 * <p>Its end (gate, dry run, acting) is {@link TradingRun#trade}, as for the other trading intents;
 * unlike them it looks for an earlier attempt only when it would act, and lists the earlier
 * attempt's notice after the measures' warnings rather than first.
 */
@Component
class RiskCheckHandler implements IntentHandler {
  private final Broker broker;
  private final RiskSettings settings;
  private final ExchangeCalendar calendar;
  private final ManagedUniverse universe;
  private final RiskMeasurer measurer;

  RiskCheckHandler(
      Broker broker, RiskSettings settings, ExchangeCalendar calendar, ManagedUniverse universe) {
    this.broker = broker;
    this.settings = settings;
    this.calendar = calendar;
    this.universe = universe;
    this.measurer = new RiskMeasurer(broker, universe);
  }

  @Override
  public Intent intent() {
    return Intent.RISK_CHECK;
  }

  @Override
  public IntentResult run(RunContext context) {
    boolean dryRun = context.options(RiskCheckOptions.class).dryRun();
    List<Problem> warnings = new ArrayList<>();
    RiskReading reading = measurer.read(warnings);
    List<Measurement> measures = RiskMeasures.measure(reading, settings, warnings);
    warnings.addAll(RiskMeasures.warnings(measures));
    RiskAction action = RiskMeasures.strongest(measures);
    Problem closed = marketClosed(context.clock().instant());
    boolean acting = action.trades() && closed == null && context.tradingEnabled() && !dryRun;
    if (acting) {
      IntentResult earlier =
          earlierAttempt(
              context.runKey(),
              new RiskDecision(dryRun, reading, measures, action, List.of(), List.of()),
              warnings);
      if (earlier != null) {
        return earlier;
      }
    }
    List<OrderReport> toCancel =
        action.trades() ? universe.managedOrders(broker.ownOpenOrders()) : List.of();
    RiskDecision decision =
        new RiskDecision(
            dryRun,
            reading,
            measures,
            action,
            toCancel,
            RiskReduction.plan(reading, measures, action, warnings));
    if (closed != null) {
      List<Problem> all = new ArrayList<>(List.of(closed));
      all.addAll(warnings);
      return new IntentResult(OutcomeStatus.SKIPPED, decision.reported(), all, null);
    }
    return TradingRun.trade(
        context,
        dryRun,
        new TradingRun.Decision(
            decision::reported,
            !action.trades(),
            () ->
                new RiskActions(broker, measurer, settings.orderTimeout())
                    .take(decision, context, warnings)),
        warnings);
  }

  /** What an earlier attempt of this run left at the broker, reported; null when nothing. */
  private IntentResult earlierAttempt(
      String runKey, RiskDecision decision, List<Problem> warnings) {
    EarlierAttempt earlier = EarlierAttempt.find(broker, runKey);
    if (earlier.isEmpty()) {
      return null;
    }
    // Unlike TradingRun's (EarlierAttempt.reported), the notice comes after the measures' warnings.
    warnings.add(earlier.notice(runKey));
    return new IntentResult(
        earlier.status(List.of()),
        decision.result(RiskAction.REPORT, List.of(), earlier.openOrders(), earlier.executions()),
        warnings,
        earlier.problems());
  }

  /** Why no order may be sent now, or null while the regular session runs. */
  private Problem marketClosed(Instant now) {
    if (calendar.isOpen(now)) {
      return null;
    }
    ZonedDateTime ny = now.atZone(ExchangeCalendar.NEW_YORK);
    LocalDate today = ny.toLocalDate();
    String why =
        calendar
            .closureReason(today)
            .map(reason -> "no trading session on " + today + ": " + reason)
            .orElseGet(
                () ->
                    "outside the regular session ("
                        + calendar.sessionOpen(today).toLocalTime()
                        + "-"
                        + calendar.sessionClose(today).toLocalTime()
                        + " New York time) at "
                        + ny.toLocalTime().withNano(0));
    return new Problem("market-closed", why + "; nothing cancelled or placed");
  }
}
