package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.paper.PaperAccount.Holding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The paper account's books, fill by fill, with worked examples. */
class PaperAccountTests {
  private static final int SPY = 756733;

  private final PaperAccount account = new PaperAccount("DU1", 100_000);

  @Nested
  class Buying {
    @Test
    void payCashAndCarryCommissionInTheAverageCost() {
      BigDecimal realized = fill("100", "10", "1");

      assertThat(realized).isZero();
      assertThat(account.cash()).isEqualByComparingTo("98999");
      assertThat(spy().quantity()).isEqualByComparingTo("100");
      assertThat(spy().averageCost()).isEqualByComparingTo("10.01");
      assertThat(spy().conId()).isEqualTo(SPY);
    }

    @Test
    void addingAveragesWhatWasPaid() {
      fill("100", "10", "1");
      fill("100", "12", "1");

      assertThat(spy().quantity()).isEqualByComparingTo("200");
      assertThat(spy().averageCost()).isEqualByComparingTo("11.01"); // (1001 + 1201) / 200
      assertThat(account.cash()).isEqualByComparingTo("97798");
      assertThat(account.realizedPnl()).isZero();
    }

    @Test
    void fractionalSharesAndPricesStayExact() {
      fill("0.5", "450.123", "0.35");

      assertThat(account.cash()).isEqualByComparingTo("99774.5885"); // 100000 - 225.0615 - 0.35
      assertThat(spy().averageCost()).isEqualByComparingTo("450.823"); // (225.0615 + 0.35) / 0.5
    }
  }

  @Nested
  class Selling {
    @Test
    void aPartialSaleRealizesProfitAndKeepsTheAverageCost() {
      fill("100", "10", "1"); // basis 1001

      BigDecimal realized = fill("-40", "12", "1");

      assertThat(realized).isEqualByComparingTo("78.6"); // 480 - 400.4 - 1
      assertThat(spy().quantity()).isEqualByComparingTo("60");
      assertThat(spy().averageCost()).isEqualByComparingTo("10.01");
      assertThat(account.cash()).isEqualByComparingTo("99478"); // 98999 + 480 - 1
    }

    @Test
    void sellingEverythingClosesThePosition() {
      fill("100", "10", "1");
      fill("-40", "12", "1");

      BigDecimal realized = fill("-60", "11", "1");

      assertThat(realized).isEqualByComparingTo("58.4"); // 660 - 600.6 - 1
      assertThat(account.holding("SPY")).isEmpty();
      assertThat(account.holdings()).isEmpty();
      assertThat(account.realizedPnl()).isEqualByComparingTo("137");
      assertThat(account.cash()).isEqualByComparingTo("100137");
    }

    @Test
    void aLossIsNegative() {
      fill("10", "100", "0");

      assertThat(fill("-10", "95", "1")).isEqualByComparingTo("-51");
    }

    @Test
    void roundingOfAThirdDoesNotLeakIntoTheTotal() {
      fill("3", "10", "1"); // average 31/3
      BigDecimal first = fill("-1", "10", "0");
      BigDecimal rest = fill("-2", "10", "0");

      assertThat(first).isNotEqualByComparingTo("-0.33"); // carries the full precision
      assertThat(first.add(rest)).isEqualByComparingTo("-1");
      assertThat(account.realizedPnl()).isEqualByComparingTo(account.cash().subtract(start()));
    }
  }

  @Nested
  class Shorts {
    @Test
    void aShortSaleReceivesCashAndItsAverageIsNetOfCommission() {
      fill("-50", "20", "1");

      assertThat(account.cash()).isEqualByComparingTo("100999");
      assertThat(spy().quantity()).isEqualByComparingTo("-50");
      assertThat(spy().averageCost()).isEqualByComparingTo("19.98"); // (1000 - 1) / 50
    }

    @Test
    void coveringBelowTheAverageIsAProfit() {
      fill("-50", "20", "1"); // received 999

      BigDecimal realized = fill("20", "18", "1");

      assertThat(realized).isEqualByComparingTo("38.6"); // 399.6 - 360 - 1
      assertThat(spy().quantity()).isEqualByComparingTo("-30");
      assertThat(spy().averageCost()).isEqualByComparingTo("19.98");
    }

    @Test
    void addingToAShortAveragesWhatWasReceived() {
      fill("-50", "20", "1");
      fill("-50", "22", "1");

      assertThat(spy().averageCost()).isEqualByComparingTo("20.98"); // (999 + 1099) / 100
    }
  }

  @Nested
  class CrossingZero {
    @Test
    void longToShortClosesAndOpensTheRestAtTheFill() {
      fill("100", "10", "0");

      BigDecimal realized = fill("-150", "12", "3");

      // 100 of 150 shares close: 2 of the 3 commission; the other 1 goes to the new short.
      assertThat(realized).isEqualByComparingTo("198"); // 1200 - 1000 - 2
      assertThat(spy().quantity()).isEqualByComparingTo("-50");
      assertThat(spy().averageCost()).isEqualByComparingTo("11.98"); // (600 - 1) / 50
      assertThat(account.cash()).isEqualByComparingTo("100797"); // - 1000 + 1800 - 3
    }

    @Test
    void shortToLongClosesAndOpensTheRestAtTheFill() {
      fill("-10", "50", "0");

      BigDecimal realized = fill("30", "45", "1.5");

      assertThat(realized).isEqualByComparingTo("49.5"); // 500 - 450 - 0.5
      assertThat(spy().quantity()).isEqualByComparingTo("20");
      assertThat(spy().averageCost()).isEqualByComparingTo("45.05"); // (900 + 1) / 20
    }
  }

  @Nested
  class Listeners {
    @Test
    void hearTheHoldingEachFillLeft() {
      List<Holding> heard = new ArrayList<>();
      account.addListener(heard::add);

      fill("100", "10", "1");
      fill("-100", "11", "1");

      assertThat(heard).hasSize(2);
      assertThat(heard.get(0).quantity()).isEqualByComparingTo("100");
      assertThat(heard.get(0).averageCost()).isEqualByComparingTo("10.01");
      assertThat(heard.get(1).symbol()).isEqualTo("SPY");
      assertThat(heard.get(1).conId()).isEqualTo(SPY);
      assertThat(heard.get(1).quantity()).isZero();
    }

    @Test
    void aFailingListenerDoesNotUndoTheFillNorSilenceOthers() {
      List<Holding> heard = new ArrayList<>();
      account.addListener(
          h -> {
            throw new IllegalStateException("boom");
          });
      account.addListener(heard::add);

      fill("5", "10", "0");

      assertThat(spy().quantity()).isEqualByComparingTo("5");
      assertThat(heard).hasSize(1);
    }

    @Test
    void aRemovedListenerHearsNothing() {
      List<Holding> heard = new ArrayList<>();
      Consumer<Holding> listener = heard::add;
      account.addListener(listener);
      account.removeListener(listener);

      fill("5", "10", "0");

      assertThat(heard).isEmpty();
    }
  }

  @Nested
  class Validation {
    @Test
    void rejectsAFillOfNothing() {
      assertThatThrownBy(() -> fill("0", "10", "0"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("0 shares of SPY");
    }

    @Test
    void rejectsANonPositivePriceOrANegativeCommission() {
      assertThatThrownBy(() -> fill("1", "0", "0")).hasMessageContaining("expected: price > 0");
      assertThatThrownBy(() -> fill("1", "10", "-1")).hasMessageContaining("commission >= 0");
      assertThat(account.cash()).isEqualByComparingTo(start());
    }
  }

  @Nested
  class SavedState {
    @Test
    void restoresCashRealizedAndHoldings() {
      fill("100", "10", "1");
      fill("-40", "12", "1");
      PaperAccount.State saved = account.state();

      PaperAccount restored = new PaperAccount("DU1", 5);
      restored.restore(saved);

      assertThat(restored.state()).isEqualTo(saved);
      assertThat(
              restored.applyFill("SPY", SPY, new BigDecimal("-60"), BigDecimal.TEN, BigDecimal.ONE))
          .isEqualByComparingTo(
              account.applyFill("SPY", SPY, new BigDecimal("-60"), BigDecimal.TEN, BigDecimal.ONE));
    }

    @Test
    void refusesAnotherAccountsState() {
      assertThatThrownBy(() -> account.restore(new PaperAccount("DU2", 1).state()))
          .hasMessageContaining("state of account DU2 (expected: DU1)");
    }
  }

  private BigDecimal fill(String quantity, String price, String commission) {
    return account.applyFill(
        "SPY", SPY, new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(commission));
  }

  private Holding spy() {
    return account.holding("SPY").orElseThrow();
  }

  private static BigDecimal start() {
    return BigDecimal.valueOf(100_000);
  }
}
