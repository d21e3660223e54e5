package dev.ibtrading.paper;

import static dev.ibtrading.paper.PaperMarketTests.FRIDAY_10_NY;
import static dev.ibtrading.paper.PaperMarketTests.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The test hook that pins a symbol's price: a known move for risk tests. */
class PaperMarketPinTests {

  @Test
  void aPinnedPriceHoldsAtAnyTimeUntilUnpinnedAndLeavesThePreviousCloseAlone() {
    PaperMarket market = market(42, FRIDAY_10_NY);
    double simulated = market.lastPrice("SPY");
    double previousClose = market.previousClose("SPY");

    market.pinPrice("spy", 123.456);

    assertThat(market.lastPrice("SPY")).isEqualTo(123.46);
    assertThat(market.priceAt("SPY", FRIDAY_10_NY.plusSeconds(3600))).isEqualTo(123.46);
    assertThat(market.quote("SPY").last()).isEqualTo(123.46);
    assertThat(market.quote("SPY").bid()).isLessThan(123.46);
    assertThat(market.previousClose("SPY")).isEqualTo(previousClose);
    assertThat(market.lastPrice("QQQ")).isEqualTo(market(42, FRIDAY_10_NY).lastPrice("QQQ"));

    market.unpinPrice("SPY");

    assertThat(market.lastPrice("SPY")).isEqualTo(simulated);
  }

  @Test
  void onlyKnownSymbolsAndPositivePricesArePinned() {
    PaperMarket market = market(42, FRIDAY_10_NY);

    assertThatThrownBy(() -> market.pinPrice("NOPE", 10))
        .hasMessageContaining("'NOPE' is not in the paper universe");
    assertThatThrownBy(() -> market.pinPrice("SPY", 0))
        .hasMessageContaining("pinned price of SPY: 0.0 (expected: > 0)");
  }
}
