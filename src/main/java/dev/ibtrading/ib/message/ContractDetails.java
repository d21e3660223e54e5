package dev.ibtrading.ib.message;

import java.math.BigDecimal;
import java.util.List;

/**
 * The details of one contract as CONTRACT_DATA carries them at server version 176 (§3.4), in wire
 * order but for the contract's own fields, which the message scatters among them (see {@link
 * ContractData}). Only stock fields: the layout for bonds and funds differs.
 *
 * @param contract the contract, primary exchange included
 * @param tradingHours e.g. {@code 20250103:0400-20250103:2000;20250104:CLOSED}
 * @param liquidHours the regular session in the same format
 * @param secIds security ids such as ISIN, in the order sent
 * @param marketRuleIds comma list, one per valid exchange
 * @param stockType e.g. {@code COMMON}, {@code ETF}
 * @param evMultiplier an integer on the wire, {@code null} = unset (the empty field real gateways
 *     send for stocks: rust-ibapi@0e41d5b src/transport/sync_tests.rs AAPL_CONTRACT_RESPONSE). IB's
 *     Python client and ib_async read it with {@code int(...)}, which fails on {@code 0.0} and
 *     drops the whole message (xqguo/twsapi@f3ca7c7 ibapi/decoder.py processContractDataMsg;
 *     ib_async@2afdae4 contract.py ContractDetails.evMultiplier: int)
 */
public record ContractDetails(
    WireContract contract,
    String marketName,
    double minTick,
    String orderTypes,
    String validExchanges,
    int priceMagnifier,
    int underConId,
    String longName,
    String contractMonth,
    String industry,
    String category,
    String subcategory,
    String timeZoneId,
    String tradingHours,
    String liquidHours,
    String evRule,
    Integer evMultiplier,
    List<SecId> secIds,
    int aggGroup,
    String underSymbol,
    String underSecType,
    String marketRuleIds,
    String realExpirationDate,
    String stockType,
    BigDecimal minSize,
    BigDecimal sizeIncrement,
    BigDecimal suggestedSizeIncrement) {

  public ContractDetails {
    secIds = List.copyOf(secIds);
  }

  /** One security id, e.g. {@code ISIN} / {@code US0378331005}. */
  public record SecId(String tag, String value) {}
}
