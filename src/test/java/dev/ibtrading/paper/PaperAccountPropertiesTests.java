package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.paper.PaperAccount.Holding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The books' invariants over many random fill sequences (seeded, so a failure replays): exact cash,
 * the cost-basis identity, quantities, reductions that keep the average, and a flat account whose
 * realized profit is exactly its change in cash.
 */
class PaperAccountPropertiesTests {
  private static final List<String> SYMBOLS = List.of("SPY", "QQQ", "TLT");
  private static final BigDecimal START = new BigDecimal("250000");
  private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

  @Test
  void invariantsHoldAfterEveryFillOfManyRandomSequences() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      PaperAccount account = new PaperAccount("DU1", START.doubleValue());
      Map<String, BigDecimal> expectedQuantity = new HashMap<>();
      BigDecimal expectedCash = START;
      BigDecimal sumOfRealized = BigDecimal.ZERO;

      for (int i = 0; i < 60; i++) {
        String symbol = SYMBOLS.get(random.nextInt(SYMBOLS.size()));
        BigDecimal quantity = randomQuantity(random);
        BigDecimal price = randomPrice(random);
        BigDecimal commission = randomCommission(random);
        Holding before = account.holding(symbol).orElse(null);

        BigDecimal realized = account.applyFill(symbol, 1, quantity, price, commission);

        String where = "seed " + seed + " fill " + i;
        expectedCash = expectedCash.subtract(quantity.multiply(price)).subtract(commission);
        sumOfRealized = sumOfRealized.add(realized);
        BigDecimal held = expectedQuantity.merge(symbol, quantity, BigDecimal::add);
        assertThat(account.cash()).as(where).isEqualByComparingTo(expectedCash);
        assertThat(account.realizedPnl()).as(where).isEqualByComparingTo(sumOfRealized);
        assertBooksBalance(account, where);
        Holding after = account.holding(symbol).orElse(null);
        if (held.signum() == 0) {
          assertThat(after).as(where).isNull();
        } else {
          assertThat(after.quantity()).as(where).isEqualByComparingTo(held);
        }
        if (before != null && isReduction(before.quantity(), quantity)) {
          assertThat(after == null ? null : after.averageCost())
              .as(where + ": a reduction keeps the average cost")
              .satisfiesAnyOf(
                  average -> assertThat(average).isNull(),
                  average -> assertClose(average, before.averageCost(), where));
        }
        if (before == null || before.quantity().signum() == quantity.signum()) {
          assertThat(realized).as(where + ": opening or adding realizes nothing").isZero();
        }
      }

      closeEverything(account, random);
      assertThat(account.holdings()).isEmpty();
      assertThat(account.realizedPnl())
          .as("seed " + seed + ": flat, realized equals the change in cash")
          .isEqualByComparingTo(account.cash().subtract(START));
    }
  }

  @Test
  void withoutCommissionARoundTripAtOnePriceRealizesNothing() {
    for (long seed = 1; seed <= 100; seed++) {
      Random random = new Random(seed);
      PaperAccount account = new PaperAccount("DU1", START.doubleValue());
      BigDecimal price = randomPrice(random);
      for (int i = 0; i < 20; i++) {
        account.applyFill("SPY", 1, randomQuantity(random), price, BigDecimal.ZERO);
      }
      Holding left = account.holding("SPY").orElse(null);
      if (left != null) {
        account.applyFill("SPY", 1, left.quantity().negate(), price, BigDecimal.ZERO);
      }

      assertThat(account.realizedPnl()).as("seed " + seed).isZero();
      assertThat(account.cash()).as("seed " + seed).isEqualByComparingTo(START);
    }
  }

  @Test
  void concurrentFillsKeepTheBooksBalanced() throws Exception {
    PaperAccount account = new PaperAccount("DU1", START.doubleValue());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<BigDecimal>> flows = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        long seed = 1000 + t;
        flows.add(
            pool.submit(
                () -> {
                  Random random = new Random(seed);
                  BigDecimal cashFlow = BigDecimal.ZERO;
                  for (int i = 0; i < 500; i++) {
                    BigDecimal quantity = randomQuantity(random);
                    BigDecimal price = randomPrice(random);
                    BigDecimal commission = randomCommission(random);
                    String symbol = SYMBOLS.get(random.nextInt(SYMBOLS.size()));
                    account.applyFill(symbol, 1, quantity, price, commission);
                    cashFlow = cashFlow.subtract(quantity.multiply(price)).subtract(commission);
                  }
                  return cashFlow;
                }));
      }
      BigDecimal expectedCash = START;
      for (Future<BigDecimal> flow : flows) {
        expectedCash = expectedCash.add(flow.get(60, TimeUnit.SECONDS));
      }

      assertThat(account.cash()).isEqualByComparingTo(expectedCash);
      assertBooksBalance(account, "after concurrent fills");
    } finally {
      pool.shutdownNow();
    }
  }

  /** cash + sum(sign(quantity) * basis) == start + realized, exactly. */
  private static void assertBooksBalance(PaperAccount account, String where) {
    BigDecimal positionsAtCost = BigDecimal.ZERO;
    for (Holding h : account.holdings()) {
      BigDecimal basis = account.costBasis(h.symbol());
      positionsAtCost =
          positionsAtCost.add(basis.multiply(BigDecimal.valueOf(h.quantity().signum())));
      assertClose(h.averageCost().multiply(h.quantity().abs()), basis, where + " basis");
    }
    assertThat(account.cash().add(positionsAtCost))
        .as(where + ": cash + positions at cost")
        .isEqualByComparingTo(START.add(account.realizedPnl()));
  }

  private static void assertClose(BigDecimal actual, BigDecimal expected, String where) {
    BigDecimal scale = expected.abs().max(BigDecimal.ONE);
    assertThat(actual.subtract(expected).abs().divide(scale, MathContext.DECIMAL64))
        .as(where + ": " + actual + " (expected: about " + expected + ")")
        .isLessThan(TOLERANCE);
  }

  private static boolean isReduction(BigDecimal held, BigDecimal fill) {
    return held.signum() != fill.signum() && fill.abs().compareTo(held.abs()) <= 0;
  }

  private static void closeEverything(PaperAccount account, Random random) {
    for (Holding h : account.holdings()) {
      account.applyFill(
          h.symbol(),
          h.conId(),
          h.quantity().negate(),
          randomPrice(random),
          randomCommission(random));
    }
  }

  /** Whole shares mostly, sometimes fractional; never zero. */
  private static BigDecimal randomQuantity(Random random) {
    BigDecimal size =
        random.nextInt(5) == 0
            ? BigDecimal.valueOf(1 + random.nextInt(999), 1)
            : BigDecimal.valueOf(1 + random.nextInt(300));
    return random.nextBoolean() ? size : size.negate();
  }

  /** 1.0000 .. 500.0000 with up to four decimals (sub-penny fills exist). */
  private static BigDecimal randomPrice(Random random) {
    return BigDecimal.valueOf(10_000 + random.nextInt(4_990_000), 4);
  }

  /** 0.00 .. 5.00, with zero now and then. */
  private static BigDecimal randomCommission(Random random) {
    return random.nextInt(4) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(501), 2);
  }
}
