package dev.ibtrading.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrencyPairsTests {

  /**
   * IB's IDEALPRO pairs as a TWS client subscribes to them: chankongching/livestreaming@707f3ff6
   * {@code LiveStreamingClient.cpp} (105 pairs), and CAD.HKD, which only ajmal017/omarket@36b2518b
   * {@code CurrencyProduct.java} lists (with its IB contract id). USD.KRW, listed beside KRW.USD,
   * is left out: IB lists that one pair both ways round.
   */
  private static final List<String> IDEALPRO_PAIRS =
      Arrays.asList(
          """
          AUD.CAD AUD.CHF AUD.CNH AUD.HKD AUD.JPY AUD.NZD AUD.SGD AUD.USD AUD.ZAR CAD.CHF CAD.CNH
          CAD.HKD CAD.JPY CHF.CNH CHF.CZK CHF.DKK CHF.HUF CHF.JPY CHF.NOK CHF.PLN CHF.SEK CHF.TRY
          CHF.ZAR CNH.HKD CNH.JPY DKK.JPY DKK.NOK DKK.SEK EUR.AUD EUR.CAD EUR.CHF EUR.CNH EUR.CZK
          EUR.DKK EUR.GBP EUR.HKD EUR.HUF EUR.ILS EUR.JPY EUR.MXN EUR.NOK EUR.NZD EUR.PLN EUR.RUB
          EUR.SEK EUR.SGD EUR.TRY EUR.USD EUR.ZAR GBP.AUD GBP.CAD GBP.CHF GBP.CNH GBP.CZK GBP.DKK
          GBP.HKD GBP.HUF GBP.JPY GBP.MXN GBP.NOK GBP.NZD GBP.PLN GBP.SEK GBP.SGD GBP.TRY GBP.USD
          GBP.ZAR HKD.JPY KRW.AUD KRW.CAD KRW.CHF KRW.EUR KRW.GBP KRW.HKD KRW.JPY KRW.USD MXN.JPY
          NOK.JPY NOK.SEK NZD.CAD NZD.CHF NZD.JPY NZD.USD SEK.JPY SGD.CNH SGD.JPY TRY.JPY USD.CAD
          USD.CHF USD.CNH USD.CZK USD.DKK USD.HKD USD.HUF USD.ILS USD.JPY USD.MXN USD.NOK USD.PLN
          USD.RUB USD.SEK USD.SGD USD.TRY USD.ZAR ZAR.JPY
          """
              .strip()
              .split("\\s+"));

  @Test
  void everyIdealproPairIsNamedAsIbListsItWhicheverCurrencyIsGivenFirst() {
    assertThat(IDEALPRO_PAIRS).hasSize(105).doesNotHaveDuplicates();
    for (String listed : IDEALPRO_PAIRS) {
      String base = listed.substring(0, 3);
      String quote = listed.substring(4);
      assertThat(CurrencyPairs.of(base, quote)).as(listed).contains(pair(base, quote));
      assertThat(CurrencyPairs.of(quote, base)).as(listed).contains(pair(base, quote));
    }
  }

  @Test
  void theListHoldsExactlyTheCurrenciesOfIdealpro() {
    List<String> currencies =
        IDEALPRO_PAIRS.stream()
            .flatMap(pair -> List.of(pair.substring(0, 3), pair.substring(4)).stream())
            .distinct()
            .toList();

    assertThat(CurrencyPairs.PRIORITY).containsExactlyInAnyOrderElementsOf(currencies);
  }

  @ParameterizedTest
  @CsvSource({
    "USD, EUR, EUR.USD",
    "GBP, EUR, EUR.GBP",
    "USD, GBP, GBP.USD",
    "USD, AUD, AUD.USD",
    "USD, NZD, NZD.USD",
    "CAD, USD, USD.CAD",
    "CHF, USD, USD.CHF",
    "JPY, USD, USD.JPY",
    "DKK, EUR, EUR.DKK",
    "NOK, USD, USD.NOK",
    "SEK, USD, USD.SEK",
    "USD, KRW, KRW.USD"
  })
  void theMajorsComeOutTheMarketsWayRound(String held, String base, String named) {
    assertThat(CurrencyPairs.of(held, base).map(Contract::longName)).contains(named);
  }

  @Test
  void aCurrencyWithoutAnIdealproPairHasNoPair() {
    assertThat(CurrencyPairs.of("BRL", "USD")).isEmpty();
    assertThat(CurrencyPairs.of("USD", "INR")).isEmpty();
    assertThat(CurrencyPairs.of("XAU", "BRL")).isEmpty();
    assertThat(CurrencyPairs.of("USD", "USD")).isEmpty();
  }

  private static Contract pair(String base, String quote) {
    return Contract.currencyPair(base, quote);
  }
}
