package dev.ibtrading.broker;

import java.util.List;
import java.util.Optional;

/**
 * Which way round IB names the pair of two currencies on IDEALPRO: of EUR and USD it lists EUR.USD,
 * of USD and JPY it lists USD.JPY, never the reverse (the reverse is error 200, no security
 * definition). The currency that comes first in {@link #PRIORITY} is the pair's base (the
 * contract's symbol), the other its quote (the contract's currency). The cash balancer, the TWS
 * client and the paper gateway all name pairs here.
 *
 * <p>The order is the one IB's own pair list follows. Its sources: the 105 IDEALPRO pairs a TWS
 * client subscribes to in chankongching/livestreaming@707f3ff6 {@code LiveStreamingClient.cpp}, and
 * the contract ids of IDEALPRO pairs in ajmal017/omarket@36b2518b {@code
 * src/main/java/org/omarket/trading/ibrokers/CurrencyProduct.java} (its EUR.USD, 12087792, is the
 * real gateway's in {@code src/test/resources/tws/real-frames/nautilus-trader.json}). Every pair of
 * both lists comes out of this order (CAD.CHF, CHF.DKK, DKK.NOK, DKK.SEK, NOK.SEK, SGD.CNH,
 * CNH.HKD, CHF.ZAR, ZAR.JPY, ...; {@code CurrencyPairsTests} checks all of them) with two
 * exceptions: IB lists USD.KRW beside KRW.USD, and the omarket list has CHF.USD beside USD.CHF. KRW
 * comes first because its crosses are listed only that way (KRW.EUR, KRW.GBP, KRW.JPY); IB lets a
 * KRW balance only be closed (ibkr.info/hu/tag/forex?page=4: "solely for the purpose of closing KRW
 * positions"), which KRW.USD does. The list stoqey/ib keeps ({@code src/api/contract/forex.ts},
 * {@code CURRENCY_SYMBOL_PRIO}) is not used: it puts NOK and SEK after JPY and TRY and ZAR before
 * CHF, where IB lists NOK.JPY, SEK.JPY, CHF.TRY and CHF.ZAR.
 *
 * <p>A currency not listed has no pair here: {@link #of} is empty. No IDEALPRO pair of it is known,
 * so a caller that would place an order must not make one up (the cash balancer leaves such cash
 * alone, {@code unknown-pair}); a gateway answers error 200 for it.
 */
public final class CurrencyPairs {
  /** The currencies of IB's IDEALPRO pairs; of two, the earlier is the base of their pair. */
  public static final List<String> PRIORITY =
      List.of(
          "KRW", "EUR", "GBP", "AUD", "NZD", "USD", "CAD", "CHF", "DKK", "NOK", "SEK", "CZK", "HUF",
          "ILS", "PLN", "RUB", "SGD", "CNH", "HKD", "MXN", "TRY", "ZAR", "JPY");

  private CurrencyPairs() {}

  /**
   * The pair of {@code a} and {@code b} as IB names it ({@link Contract#currencyPair}); empty when
   * either is not listed, or both are the same.
   */
  public static Optional<Contract> of(String a, String b) {
    int ia = PRIORITY.indexOf(a);
    int ib = PRIORITY.indexOf(b);
    if (ia < 0 || ib < 0 || ia == ib) {
      return Optional.empty();
    }
    return Optional.of(ia < ib ? Contract.currencyPair(a, b) : Contract.currencyPair(b, a));
  }
}
