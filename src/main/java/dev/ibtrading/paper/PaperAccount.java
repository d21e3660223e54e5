package dev.ibtrading.paper;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated account's books: cash and positions with their average cost, changed only by fills.
 * Money is {@link BigDecimal} so that a long paper run does not drift by rounding.
 *
 * <p>Average cost follows IB's convention for stocks: the average price paid per share including
 * commission, for longs; the average price received net of commission, for shorts. Reducing a
 * position realizes profit and leaves the average cost alone; crossing through zero closes the old
 * position and opens the rest at the fill price, the commission split by shares.
 *
 * <p>Each position keeps its exact cost basis (average cost times shares); the average is derived
 * from it. Cash, the bases and realized profit change by exact additions and products, so {@code
 * cash + sum(sign(quantity) * basis) == startingCash + realizedPnl} holds exactly after any fills.
 * Only splitting a basis or a commission on a partial close divides (rounded to 16 digits), and the
 * remainder keeps the rest, so rounding never leaks: an account that ends flat has realized exactly
 * its change in cash. A {@link #restore}d basis is the saved average times the quantity.
 */
public final class PaperAccount {
  private static final Logger log = LoggerFactory.getLogger(PaperAccount.class);
  private static final MathContext MC = MathContext.DECIMAL64;

  /** Trades older than this are of no day the account is asked about any more. */
  private static final Duration KEPT_TRADES = Duration.ofDays(7);

  private final String accountId;
  private final String baseCurrency;
  private final List<Consumer<Holding>> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, Book> books = new TreeMap<>();

  /** Cash by currency; the base currency always has an entry. */
  private final Map<String, BigDecimal> cash = new TreeMap<>();

  private BigDecimal realizedPnl = BigDecimal.ZERO;
  private final Deque<Trade> trades = new ArrayDeque<>();

  /** One position. {@code quantity} is signed: negative is short. */
  public record Holding(String symbol, int conId, BigDecimal quantity, BigDecimal averageCost) {}

  /**
   * The account as saved to and restored from a state file.
   *
   * @param cash the base currency's cash
   * @param otherCash cash in other currencies, by currency; empty (or absent in an older state
   *     file) for an account that holds its base currency only. Also read as {@code foreignCash},
   *     the name the cash-balancer branch's state files used for it
   */
  public record State(
      String accountId,
      BigDecimal cash,
      BigDecimal realizedPnl,
      List<Holding> holdings,
      @JsonAlias("foreignCash") Map<String, BigDecimal> otherCash) {
    public State {
      otherCash = otherCash == null ? Map.of() : Map.copyOf(otherCash);
    }

    /** A state holding its base currency only. */
    public State(
        String accountId, BigDecimal cash, BigDecimal realizedPnl, List<Holding> holdings) {
      this(accountId, cash, realizedPnl, holdings, Map.of());
    }
  }

  /**
   * One execution the order engine booked, kept so that the previous close's equity can be told
   * from today's: {@code time} is when it filled.
   */
  public record Trade(
      String symbol,
      BigDecimal signedQuantity,
      BigDecimal price,
      BigDecimal commission,
      Instant time) {}

  /** The books of one moment with the trades booked on its New York day until then. */
  public record DayBooks(State books, List<Trade> tradesToday) {}

  /** A position as booked: {@code costBasis} is paid (long) or received (short), commission in. */
  private record Book(String symbol, int conId, BigDecimal quantity, BigDecimal costBasis) {
    Holding toHolding() {
      return new Holding(symbol, conId, quantity, costBasis.divide(quantity.abs(), MC));
    }
  }

  /** An account based in US dollars. */
  public PaperAccount(String accountId, double startingCash) {
    this(accountId, startingCash, STOCK_CURRENCY);
  }

  /**
   * @param startingCash cash in {@code baseCurrency}
   * @param baseCurrency the currency the account reports its values in, e.g. CHF
   */
  public PaperAccount(String accountId, double startingCash, String baseCurrency) {
    this.accountId = accountId;
    this.baseCurrency = Objects.requireNonNull(baseCurrency, "baseCurrency");
    this.cash.put(baseCurrency, BigDecimal.valueOf(startingCash));
  }

  /** The currency every paper stock trades and settles in. */
  static final String STOCK_CURRENCY = "USD";

  public String accountId() {
    return accountId;
  }

  public String baseCurrency() {
    return baseCurrency;
  }

  /** The cash of the base currency. */
  public synchronized BigDecimal cash() {
    return cash.get(baseCurrency);
  }

  /** The cash of one currency, zero when the account has none. */
  public synchronized BigDecimal cash(String currency) {
    return cash.getOrDefault(currency, BigDecimal.ZERO);
  }

  /** Cash by currency, the base currency included, in currency order. */
  public synchronized Map<String, BigDecimal> cashBalances() {
    return new TreeMap<>(cash);
  }

  /**
   * Books a currency conversion: {@code signedBaseQuantity} units of {@code base} bought (positive)
   * or sold (negative) at {@code price} units of {@code quote} each, and the commission taken from
   * the dollars, the currency IB states FX commissions in
   * (interactivebrokers.com/en/index.php?f=commission&p=fx1) and the commission report names: in an
   * account based elsewhere it leaves a small dollar debit, as stock commissions do. No position is
   * booked: the cash moves between currencies.
   *
   * @param commission in US dollars
   */
  synchronized void convert(
      String base,
      String quote,
      BigDecimal signedBaseQuantity,
      BigDecimal price,
      BigDecimal commission) {
    if (signedBaseQuantity.signum() == 0 || price.signum() <= 0 || commission.signum() < 0) {
      throw new IllegalArgumentException(
          "conversion of "
              + signedBaseQuantity
              + " "
              + base
              + "."
              + quote
              + " at "
              + price
              + " with commission "
              + commission);
    }
    cash.merge(base, signedBaseQuantity, BigDecimal::add);
    cash.merge(quote, signedBaseQuantity.multiply(price).negate(), BigDecimal::add);
    cash.merge(STOCK_CURRENCY, commission.negate(), BigDecimal::add);
  }

  /** Adds starting cash of a currency, before any session trades. */
  synchronized void deposit(String currency, BigDecimal amount) {
    cash.merge(currency, amount, BigDecimal::add);
  }

  public synchronized BigDecimal realizedPnl() {
    return realizedPnl;
  }

  /** Open positions, by symbol. */
  public synchronized List<Holding> holdings() {
    return books.values().stream().map(Book::toHolding).toList();
  }

  public synchronized Optional<Holding> holding(String symbol) {
    return Optional.ofNullable(books.get(symbol)).map(Book::toHolding);
  }

  /** The exact cost basis of a position (zero when flat), for checking the books' invariants. */
  synchronized BigDecimal costBasis(String symbol) {
    Book book = books.get(symbol);
    return book == null ? BigDecimal.ZERO : book.costBasis();
  }

  /**
   * Calls {@code listener} after every fill with the position it left, quantity 0 when the fill
   * closed it. Listeners run on the filling thread after the books are updated and unlocked, so two
   * concurrent fills may be reported in either order: a listener that needs the latest state reads
   * {@link #holding} again. A listener that throws is logged; the fill stands.
   */
  public void addListener(Consumer<Holding> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public void removeListener(Consumer<Holding> listener) {
    listeners.remove(listener);
  }

  /**
   * Books one execution.
   *
   * @param signedQuantity shares bought (positive) or sold (negative)
   * @param price execution price per share, positive
   * @param commission commission charged for this execution, zero or positive
   * @return the profit realized by this execution, commission included, when it reduced a position;
   *     zero when it only opened or added
   */
  public BigDecimal applyFill(
      String symbol,
      int conId,
      BigDecimal signedQuantity,
      BigDecimal price,
      BigDecimal commission) {
    return applyFill(symbol, conId, signedQuantity, price, commission, null);
  }

  /**
   * Books one execution of the order engine at {@code time}, which is kept as a {@link Trade} of
   * its day (a fill booked without a time, as a test sets up a position, counts as an old one).
   */
  BigDecimal applyFill(
      String symbol,
      int conId,
      BigDecimal signedQuantity,
      BigDecimal price,
      BigDecimal commission,
      Instant time) {
    if (signedQuantity.signum() == 0) {
      throw new IllegalArgumentException("a fill of 0 shares of " + symbol);
    }
    if (price.signum() <= 0 || commission.signum() < 0) {
      throw new IllegalArgumentException(
          "fill of "
              + symbol
              + " at "
              + price
              + " with commission "
              + commission
              + " (expected: price > 0, commission >= 0)");
    }
    Holding after;
    BigDecimal realized;
    synchronized (this) {
      realized = book(symbol, conId, signedQuantity, price, commission);
      if (time != null) {
        trades.addLast(new Trade(symbol, signedQuantity, price, commission, time));
        while (trades.size() > 1 && trades.peekFirst().time().isBefore(time.minus(KEPT_TRADES))) {
          trades.removeFirst();
        }
      }
      Book book = books.get(symbol);
      after =
          book != null
              ? book.toHolding()
              : new Holding(symbol, conId, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    for (Consumer<Holding> listener : listeners) {
      try {
        listener.accept(after);
      } catch (RuntimeException e) {
        log.warn("Holding listener failed on {}", after, e);
      }
    }
    return realized;
  }

  /** The books now with the trades booked on {@code now}'s New York day, read together. */
  public synchronized DayBooks dayBooks(Instant now) {
    LocalDate today = now.atZone(ExchangeCalendar.NEW_YORK).toLocalDate();
    List<Trade> todayTrades =
        trades.stream()
            .filter(t -> t.time().atZone(ExchangeCalendar.NEW_YORK).toLocalDate().equals(today))
            .toList();
    return new DayBooks(state(), todayTrades);
  }

  public synchronized State state() {
    Map<String, BigDecimal> other = new TreeMap<>(cash);
    other.remove(baseCurrency);
    return new State(accountId, cash(), realizedPnl, holdings(), other);
  }

  /** Replaces the books with a saved state of the same account; listeners are not called. */
  public synchronized void restore(State state) {
    if (!state.accountId().equals(accountId)) {
      throw new IllegalArgumentException(
          "state of account " + state.accountId() + " (expected: " + accountId + ")");
    }
    cash.clear();
    cash.putAll(state.otherCash());
    cash.put(baseCurrency, state.cash());
    realizedPnl = state.realizedPnl();
    books.clear();
    // The restored books are the account as of before any trade kept here: those trades are not in
    // them, so they must not be undone from them when the previous close's equity is computed.
    trades.clear();
    for (Holding h : state.holdings()) {
      books.put(
          h.symbol(),
          new Book(
              h.symbol(), h.conId(), h.quantity(), h.averageCost().multiply(h.quantity().abs())));
    }
  }

  /** Updates cash and the position; returns the realized profit. Caller holds the lock. */
  private BigDecimal book(
      String symbol, int conId, BigDecimal quantity, BigDecimal price, BigDecimal commission) {
    cash.merge(STOCK_CURRENCY, quantity.multiply(price).add(commission).negate(), BigDecimal::add);

    Book before = books.get(symbol);
    BigDecimal held = before == null ? BigDecimal.ZERO : before.quantity();
    BigDecimal basis = before == null ? BigDecimal.ZERO : before.costBasis();
    BigDecimal after = held.add(quantity);
    BigDecimal realized = BigDecimal.ZERO;

    if (held.signum() == 0 || held.signum() == quantity.signum()) {
      // Opening or adding: commission raises what a long paid and lowers what a short received.
      basis = basis.add(quantity.abs().multiply(price)).add(commission.multiply(sign(quantity)));
    } else {
      BigDecimal closed = quantity.abs().min(held.abs());
      BigDecimal closedBasis = share(basis, closed, held.abs());
      BigDecimal closingCommission = share(commission, closed, quantity.abs());
      realized =
          closed
              .multiply(price)
              .subtract(closedBasis)
              .multiply(sign(held))
              .subtract(closingCommission);
      basis = basis.subtract(closedBasis);
      if (after.signum() != 0 && after.signum() != held.signum()) {
        // Crossed zero: the rest opens a new position at this fill with the rest of the commission.
        basis =
            after
                .abs()
                .multiply(price)
                .add(commission.subtract(closingCommission).multiply(sign(after)));
      }
    }
    realizedPnl = realizedPnl.add(realized);
    if (after.signum() == 0) {
      books.remove(symbol);
    } else {
      books.put(symbol, new Book(symbol, conId, after, basis));
    }
    return realized;
  }

  /** {@code part / whole} of {@code amount}: exact when the part is the whole. */
  private static BigDecimal share(BigDecimal amount, BigDecimal part, BigDecimal whole) {
    return part.compareTo(whole) == 0 ? amount : amount.multiply(part).divide(whole, MC);
  }

  private static BigDecimal sign(BigDecimal value) {
    return BigDecimal.valueOf(value.signum());
  }
}
