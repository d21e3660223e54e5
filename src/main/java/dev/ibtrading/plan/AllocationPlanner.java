package dev.ibtrading.plan;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.FxRate;
import dev.ibtrading.broker.FxRateSource;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.Position;
import dev.ibtrading.broker.Quote;
import dev.ibtrading.orders.OrderLine;
import dev.ibtrading.outcome.DelayedQuotes;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.strategy.MarketData;
import dev.ibtrading.strategy.Strategy;
import dev.ibtrading.strategy.StrategyDecision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the account and the strategies' data from the broker and computes an {@link
 * AllocationPlan}. Changes nothing at the broker. The managed universe is the traded instruments of
 * the requested strategies; other positions are read for nothing but the gross leverage.
 *
 * <p>A strategy without a decision (not enough data) freezes its traded instruments: no order for
 * them in this run, not even from another strategy sharing them, since their sum is unknown.
 *
 * <p>Stale data refuses the whole plan ({@link StaleMarketDataException}): a trading strategy whose
 * latest usable daily bar of a data instrument is older than {@code freshFrom} (the previous
 * trading session), or a traded instrument priced at zero or not at all, or only at a close older
 * than {@code freshFrom}. Deciding or sizing on such data would trade on a market that has moved.
 *
 * <p>Currencies: NetLiquidation, the caps and the gross position value are in the account's base
 * currency (IB reports the account's values in it); each instrument is priced in its own currency,
 * its contract's. The planner converts each price into the base currency at the broker's exchange
 * rate ({@link Broker#fxRate}, the FX quote's midpoint) and compares and sizes in the base currency
 * only: one conversion per instrument, and every amount a cap or the minimum order sees is in the
 * currency its setting is written in. A rate the broker cannot quote is missing data like a missing
 * price: the plan is refused ({@link StaleMarketDataException}).
 */
public final class AllocationPlanner {
  private final Broker broker;
  private final AllocationSettings settings;

  public AllocationPlanner(Broker broker, AllocationSettings settings) {
    this.broker = broker;
    this.settings = settings;
  }

  /**
   * @param freshFrom the oldest acceptable date of a latest completed daily bar: the trading
   *     session before {@code asOf}
   * @throws StaleMarketDataException when the data is stale or a price is missing; nothing placed
   */
  public AllocationPlan plan(
      List<Strategy> strategies,
      LocalDate asOf,
      boolean sessionClosed,
      LocalDate freshFrom,
      List<Problem> warnings) {
    List<String> stale = new ArrayList<>();
    AccountSnapshot account = broker.accountSnapshot();
    BigDecimal netLiq = account.netLiquidation();
    String base = account.currency();
    Map<String, Optional<FxRate>> rates = new LinkedHashMap<>();
    Map<Instrument, BigDecimal> basePrices = new HashMap<>();
    Map<Instrument, Contract> contracts = new LinkedHashMap<>();
    Map<Instrument, List<Bar>> bars = new HashMap<>();
    Map<Instrument, BigDecimal> targets = new LinkedHashMap<>();
    Set<Instrument> frozen = new HashSet<>();
    List<Signal> signals = new ArrayList<>();
    Map<String, Map<String, Object>> diagnostics = new LinkedHashMap<>();
    Map<Instrument, BigDecimal> prices = new HashMap<>();
    DelayedQuotes delayed = new DelayedQuotes();
    QuoteFreshness freshness = new QuoteFreshness(broker, settings.maxQuoteAge(), asOf);
    for (Strategy strategy : strategies) {
      for (Instrument instrument : strategy.instruments()) {
        contracts.computeIfAbsent(instrument, broker::contract);
      }
      strategy.tradedInstruments().forEach(i -> targets.putIfAbsent(i, BigDecimal.ZERO));
      for (Instrument instrument : strategy.dataInstruments()) {
        bars.computeIfAbsent(
            instrument, i -> broker.dailyBars(contracts.get(i), asOf, strategy.requiredBars()));
      }
      MarketData data = new MarketData(subset(bars, strategy), sessionClosed);
      StrategyDecision decision = strategy.evaluate(data, asOf);
      diagnostics.put(strategy.name(), decision.diagnostics());
      if (decision.kind() == StrategyDecision.Kind.NOT_ENOUGH_DATA) {
        frozen.addAll(strategy.tradedInstruments());
        warnings.add(
            new Problem(
                "not-enough-data",
                strategy.name()
                    + " made no decision, its instruments are not traded: "
                    + decision.diagnostics()));
        continue;
      }
      BigDecimal strategyWeight = settings.strategyWeight(strategy.name());
      if (strategyWeight.signum() == 0 || settings.exposure().signum() == 0) {
        // A weight of 0 pauses a strategy: sizing its targets to 0 would sell what it holds, and
        // closing positions is close-all's job, never a side effect of a setting.
        frozen.addAll(strategy.tradedInstruments());
        warnings.add(paused(strategy));
        continue;
      }
      for (Instrument instrument : strategy.dataInstruments()) {
        List<Bar> usable = data.barsAsOf(instrument, asOf);
        LocalDate latest = usable.isEmpty() ? null : usable.get(usable.size() - 1).date();
        if (latest != null && latest.isBefore(freshFrom)) {
          stale.add(
              strategy.name()
                  + ": the latest completed daily bar of "
                  + instrument.symbol()
                  + " is of "
                  + latest
                  + ", older than the previous session "
                  + freshFrom);
        }
      }
      for (Instrument instrument : strategy.tradedInstruments()) {
        BigDecimal weight = decision.weight(instrument);
        signals.add(new Signal(strategy.name(), instrument.symbol(), weight));
        BigDecimal price =
            prices.computeIfAbsent(
                instrument,
                i ->
                    price(
                        i, contracts, bars, asOf, freshFrom, delayed, freshness, warnings, stale));
        if (price == null) {
          continue;
        }
        BigDecimal basePrice =
            basePrices.computeIfAbsent(
                instrument, i -> basePrice(contracts.get(i), price, base, rates, stale));
        if (basePrice == null) {
          continue;
        }
        BigDecimal shares =
            TargetSizer.shares(netLiq, settings.exposure(), strategyWeight, weight, basePrice);
        targets.merge(instrument, shares, BigDecimal::add);
      }
    }
    if (!stale.isEmpty()) {
      throw new StaleMarketDataException(stale.stream().distinct().toList());
    }
    targets.keySet().removeAll(frozen);
    delayed.warning().ifPresent(warnings::add);
    return lines(
        account,
        contracts,
        targets,
        prices,
        basePrices,
        used(rates),
        signals,
        diagnostics,
        warnings,
        settings.minOrderNotional());
  }

  /**
   * The price in the base currency: the instrument's own price times the rate from its currency to
   * the base; null, with the reason in {@code stale}, when the broker has no rate for the pair.
   */
  private BigDecimal basePrice(
      Contract contract,
      BigDecimal price,
      String base,
      Map<String, Optional<FxRate>> rates,
      List<String> stale) {
    String currency = contract.currency();
    if (currency.equals(base)) {
      return price;
    }
    Optional<FxRate> rate = rates.computeIfAbsent(currency, c -> broker.fxRate(c, base));
    if (rate.isEmpty()) {
      stale.add(
          contract.symbol()
              + ": no exchange rate "
              + currency
              + "->"
              + base
              + " (the gateway quoted the currency pair without a bid and an ask)");
      return null;
    }
    return rate.get().convert(price);
  }

  /** The rates a plan converted with: none for an instrument priced in the base currency. */
  private static List<FxRate> used(Map<String, Optional<FxRate>> rates) {
    return rates.values().stream()
        .flatMap(Optional::stream)
        .filter(r -> r.source() != FxRateSource.SAME_CURRENCY)
        .toList();
  }

  /**
   * The plan that sells the traded instruments of {@code strategies} out: every target 0, whatever
   * the strategies would decide and even when paused ({@code "targets": "zero"}, the explicit way
   * to close a strategy's positions). Nothing else is touched: other instruments, hand-made
   * positions and other strategies' instruments are not in the plan. {@code
   * allocation.min-order-notional} does not apply (a remnant would not be "zero"); the caps do, and
   * an order that shrinks a position passes all but the order cap.
   *
   * @throws StaleMarketDataException when a price is stale or missing, as for {@link #plan}
   */
  public AllocationPlan sellOut(
      List<Strategy> strategies, LocalDate asOf, LocalDate freshFrom, List<Problem> warnings) {
    List<String> stale = new ArrayList<>();
    AccountSnapshot account = broker.accountSnapshot();
    String base = account.currency();
    Map<String, Optional<FxRate>> rates = new LinkedHashMap<>();
    Map<Instrument, BigDecimal> basePrices = new HashMap<>();
    Map<Instrument, Contract> contracts = new LinkedHashMap<>();
    Map<Instrument, BigDecimal> targets = new LinkedHashMap<>();
    Map<String, Map<String, Object>> diagnostics = new LinkedHashMap<>();
    Map<Instrument, BigDecimal> prices = new HashMap<>();
    Map<Instrument, List<Bar>> noBars = new HashMap<>();
    DelayedQuotes delayed = new DelayedQuotes();
    QuoteFreshness freshness = new QuoteFreshness(broker, settings.maxQuoteAge(), asOf);
    for (Strategy strategy : strategies) {
      diagnostics.put(strategy.name(), Map.of("targets", "zero"));
      for (Instrument instrument : strategy.tradedInstruments()) {
        contracts.computeIfAbsent(instrument, broker::contract);
        if (targets.putIfAbsent(instrument, BigDecimal.ZERO) == null) {
          BigDecimal price =
              price(
                  instrument,
                  contracts,
                  noBars,
                  asOf,
                  freshFrom,
                  delayed,
                  freshness,
                  warnings,
                  stale);
          BigDecimal basePrice =
              price == null
                  ? null
                  : basePrice(contracts.get(instrument), price, base, rates, stale);
          if (basePrice != null) {
            prices.put(instrument, price);
            basePrices.put(instrument, basePrice);
          }
        }
      }
    }
    if (!stale.isEmpty()) {
      throw new StaleMarketDataException(stale.stream().distinct().toList());
    }
    delayed.warning().ifPresent(warnings::add);
    return lines(
        account,
        contracts,
        targets,
        prices,
        basePrices,
        used(rates),
        List.of(),
        diagnostics,
        warnings,
        BigDecimal.ZERO);
  }

  private Problem paused(Strategy strategy) {
    String setting =
        settings.exposure().signum() == 0
            ? "allocation.exposure is 0"
            : "allocation.strategy-weights." + strategy.name() + " is 0";
    return new Problem(
        "strategy-paused",
        strategy.name()
            + " is paused ("
            + setting
            + "): its instruments "
            + strategy.tradedInstruments().stream().map(Instrument::symbol).toList()
            + " are not traded; \"targets\": \"zero\" or close-all sells them");
  }

  private AllocationPlan lines(
      AccountSnapshot account,
      Map<Instrument, Contract> contracts,
      Map<Instrument, BigDecimal> targets,
      Map<Instrument, BigDecimal> prices,
      Map<Instrument, BigDecimal> basePrices,
      List<FxRate> fxRates,
      List<Signal> signals,
      Map<String, Map<String, Object>> diagnostics,
      List<Problem> warnings,
      BigDecimal minOrderNotional) {
    String base = account.currency();
    Map<Integer, BigDecimal> positions = new HashMap<>();
    for (Position position : broker.positions()) {
      positions.merge(position.contract().conId(), position.quantity(), BigDecimal::add);
    }
    Map<Integer, BigDecimal> open = new HashMap<>();
    for (OrderReport order : broker.ownOpenOrders()) {
      BigDecimal remaining = order.remaining() == null ? BigDecimal.ZERO : order.remaining();
      BigDecimal signed = order.request().side() == OrderSide.BUY ? remaining : remaining.negate();
      open.merge(order.request().contract().conId(), signed, BigDecimal::add);
    }
    BigDecimal gross = account.grossPositionValue();
    for (Instrument instrument : targets.keySet()) {
      int conId = contracts.get(instrument).conId();
      BigDecimal position = positions.getOrDefault(conId, BigDecimal.ZERO);
      BigDecimal held = position.add(open.getOrDefault(conId, BigDecimal.ZERO));
      gross = gross.add(held.abs().subtract(position.abs()).multiply(basePrices.get(instrument)));
    }
    CapLimits limits = CapLimits.of(settings, account.netLiquidation());
    OrderCaps caps = new OrderCaps(limits, gross);
    Map<String, BigDecimal> targetPrices = new HashMap<>();
    Map<String, BigDecimal> targetBasePrices = new HashMap<>();
    List<Target> targetList = new ArrayList<>();
    List<OrderLine> lines = new ArrayList<>();
    List<Map.Entry<Instrument, BigDecimal>> entries = new ArrayList<>(targets.entrySet());
    for (Map.Entry<Instrument, BigDecimal> entry : entries) {
      Contract contract = contracts.get(entry.getKey());
      BigDecimal position = positions.getOrDefault(contract.conId(), BigDecimal.ZERO);
      targetList.add(new Target(contract.symbol(), position, entry.getValue()));
      targetPrices.put(contract.symbol(), prices.get(entry.getKey()));
      targetBasePrices.put(contract.symbol(), basePrices.get(entry.getKey()));
    }
    // Orders that shrink a position first: the gross leverage cap then counts the room they free
    // (a switch from one instrument to another is not refused for the gross of both), and they are
    // placed first, so a BUY never waits on cash a later SELL would bring. Then sells before buys,
    // for the same reason, and ties by symbol and conId: the order never depends on the iteration
    // order of a strategy's instrument set (a hash order that can change from one JVM to the next).
    entries.sort(
        Comparator.<Map.Entry<Instrument, BigDecimal>, Boolean>comparing(
                e -> !shrinks(held(e.getKey(), contracts, positions, open), e.getValue()))
            .thenComparing(
                e -> e.getValue().compareTo(held(e.getKey(), contracts, positions, open)) >= 0)
            .thenComparing(e -> contracts.get(e.getKey()).symbol())
            .thenComparingInt(e -> contracts.get(e.getKey()).conId()));
    for (Map.Entry<Instrument, BigDecimal> entry : entries) {
      Contract contract = contracts.get(entry.getKey());
      BigDecimal price = prices.get(entry.getKey());
      BigDecimal basePrice = basePrices.get(entry.getKey());
      BigDecimal held = held(entry.getKey(), contracts, positions, open);
      BigDecimal delta = entry.getValue().subtract(held);
      if (delta.signum() == 0) {
        continue;
      }
      if (delta.abs().multiply(basePrice).compareTo(minOrderNotional) < 0) {
        warnings.add(
            new Problem(
                "below-min-order-notional",
                contract.symbol()
                    + ": "
                    + delta.toPlainString()
                    + " shares at "
                    + price.toPlainString()
                    + " "
                    + contract.currency()
                    + (contract.currency().equals(base)
                        ? ""
                        : " ("
                            + basePrice.setScale(4, RoundingMode.HALF_EVEN).toPlainString()
                            + " "
                            + base
                            + ")")
                    + " are worth less than "
                    + minOrderNotional.toPlainString()
                    + " "
                    + base
                    + ", not traded"));
        continue;
      }
      OrderCaps.Capped capped = caps.apply(held, delta, basePrice);
      if (capped.cap() != null) {
        warnings.add(new Problem(capped.cap(), contract.symbol() + ": " + capped.reason()));
      }
      lines.add(
          new OrderLine(
              contract,
              delta.signum() > 0 ? OrderSide.BUY : OrderSide.SELL,
              capped.delta().abs(),
              delta.abs(),
              price,
              capped.cap()));
    }
    return new AllocationPlan(
        signals,
        diagnostics,
        targetList,
        lines,
        targetPrices,
        targetBasePrices,
        base,
        fxRates,
        limits.inForce());
  }

  /** Shares held plus this worker's open orders, signed. */
  private static BigDecimal held(
      Instrument instrument,
      Map<Instrument, Contract> contracts,
      Map<Integer, BigDecimal> positions,
      Map<Integer, BigDecimal> open) {
    int conId = contracts.get(instrument).conId();
    return positions
        .getOrDefault(conId, BigDecimal.ZERO)
        .add(open.getOrDefault(conId, BigDecimal.ZERO));
  }

  private static boolean shrinks(BigDecimal held, BigDecimal target) {
    return target.abs().compareTo(held.abs()) < 0;
  }

  /**
   * The quote's reference price (a delayed quote noted in {@code delayed}), else the last daily
   * close with a warning; null, with the reason in {@code stale}, when the price is zero or
   * negative, its last trade older than {@code allocation.max-quote-age} ({@link QuoteFreshness}),
   * absent, or only a close older than {@code freshFrom}.
   */
  private BigDecimal price(
      Instrument instrument,
      Map<Instrument, Contract> contracts,
      Map<Instrument, List<Bar>> bars,
      LocalDate asOf,
      LocalDate freshFrom,
      DelayedQuotes delayed,
      QuoteFreshness freshness,
      List<Problem> warnings,
      List<String> stale) {
    Contract contract = contracts.get(instrument);
    Quote quote = delayed.record(broker.quote(contract));
    BigDecimal price = quote.referencePrice();
    if (price != null && price.signum() <= 0) {
      stale.add(instrument.symbol() + ": quoted at " + price.toPlainString());
      return null;
    }
    String tooOld = price == null ? null : freshness.stale(instrument.symbol(), quote);
    if (tooOld != null) {
      stale.add(tooOld);
      return null;
    }
    if (price != null) {
      return price;
    }
    List<Bar> history = bars.get(instrument);
    if (history == null || history.isEmpty()) {
      history = broker.dailyBars(contract, asOf, 1);
    }
    if (history.isEmpty()) {
      stale.add(instrument.symbol() + ": no quote and no daily bar");
      return null;
    }
    Bar last = history.get(history.size() - 1);
    if (last.close().signum() <= 0) {
      stale.add(
          instrument.symbol()
              + ": no quote, and the last close (of "
              + last.date()
              + ") is "
              + last.close().toPlainString());
      return null;
    }
    if (last.date().isBefore(freshFrom)) {
      stale.add(
          instrument.symbol()
              + ": no quote, and the last close is of "
              + last.date()
              + ", older than the previous session "
              + freshFrom);
      return null;
    }
    warnings.add(
        new Problem(
            "price-fallback",
            instrument.symbol()
                + ": no quote, sized at the close of "
                + last.date()
                + " ("
                + last.close().toPlainString()
                + ")"));
    return last.close();
  }

  private static Map<Instrument, List<Bar>> subset(
      Map<Instrument, List<Bar>> bars, Strategy strategy) {
    Map<Instrument, List<Bar>> subset = new LinkedHashMap<>();
    strategy.dataInstruments().forEach(i -> subset.put(i, bars.getOrDefault(i, List.of())));
    return subset;
  }
}
