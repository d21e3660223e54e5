package dev.ibtrading.strategy;

import dev.ibtrading.broker.Instrument;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A trading strategy: which instruments it trades and needs data for, and a decision for a date.
 * Implementations are stateless Spring beans; adding a strategy is one {@code @Component} class
 * (plus a settings record if it has settings), picked up by the {@link StrategyRegistry}.
 *
 * <p>How a caller uses one:
 *
 * <ol>
 *   <li>fetch {@link #requiredBars()} completed daily bars of each {@link #dataInstruments()} (via
 *       {@code Broker.dailyBars}) into a {@link MarketData}, stating whether the session of {@code
 *       asOf} had closed;
 *   <li>{@link #evaluate} as of the trading date the decision is for;
 *   <li>size each {@link #tradedInstruments() traded instrument} from its weight, or trade nothing
 *       for this strategy when the decision is {@link StrategyDecision.Kind#NOT_ENOUGH_DATA}.
 * </ol>
 */
public interface Strategy {
  /** The unique name requests select the strategy by, lower case, e.g. {@code spymacdvixy}. */
  String name();

  /**
   * The instruments this strategy's decisions give weights for, in a stable order: its part of the
   * managed universe. Every decision of kind {@link StrategyDecision.Kind#TARGET} has exactly these
   * keys.
   */
  Set<Instrument> tradedInstruments();

  /** The instruments whose daily bars {@link #evaluate} reads; empty when it needs no data. */
  Set<Instrument> dataInstruments();

  /** Traded instruments first, then data-only ones. */
  default Set<Instrument> instruments() {
    Set<Instrument> all = new LinkedHashSet<>(tradedInstruments());
    all.addAll(dataInstruments());
    return all;
  }

  /**
   * How many completed daily bars per data instrument the caller should fetch; 0 when {@link
   * #dataInstruments()} is empty. Passing more is harmless; passing fewer may give {@link
   * StrategyDecision.Kind#NOT_ENOUGH_DATA}.
   */
  int requiredBars();

  /**
   * The decision for trading date {@code asOf}. Uses only the bars {@link MarketData#barsAsOf}
   * returns for {@code asOf}, never a bar of a session that had not closed. Deterministic: the same
   * bars and date give the same decision.
   */
  StrategyDecision evaluate(MarketData data, LocalDate asOf);
}
