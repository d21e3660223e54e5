package dev.ibtrading.ib;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.ib.message.AccountSummary;
import dev.ibtrading.ib.message.AccountSummaryTags;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link AccountSnapshot} from ACCOUNT_SUMMARY rows. Only the rows of the traded account
 * count; every snapshot tag must be there with a number, since a value the gateway did not report
 * is unknown, never zero.
 */
final class AccountSnapshotMapper {
  private AccountSnapshotMapper() {}

  /**
   * @param asOf when the values were received
   * @throws BrokerException permanent when the gateway reported nothing for the account (it is not
   *     one this login manages); transient when some values are missing or not numbers (a gateway
   *     that just logged in can report a partial summary)
   */
  static AccountSnapshot toSnapshot(String account, List<AccountSummary> rows, Instant asOf) {
    Map<String, AccountSummary> byTag = new HashMap<>();
    for (AccountSummary row : rows) {
      if (row.account().equals(account)) {
        byTag.putIfAbsent(row.tag(), row); // a tag reported twice: the first row counts
      }
    }
    if (byTag.isEmpty()) {
      throw new BrokerException(
          "account summary has no values for account "
              + account
              + " ("
              + rows.size()
              + " rows of other accounts)",
          false,
          null);
    }
    List<String> missing =
        AccountSummaryRequest.SNAPSHOT_TAGS.stream().filter(t -> !byTag.containsKey(t)).toList();
    if (!missing.isEmpty()) {
      throw new BrokerException(
          "account summary of " + account + " lacks " + missing + ": values unknown", true, null);
    }
    String currency = byTag.get(AccountSummaryTags.NET_LIQUIDATION).currency();
    if (currency.isBlank()) {
      throw new BrokerException(
          "account summary of " + account + " gives NetLiquidation without a currency", true, null);
    }
    return new AccountSnapshot(
        account,
        currency,
        value(byTag, AccountSummaryTags.NET_LIQUIDATION),
        value(byTag, AccountSummaryTags.TOTAL_CASH_VALUE),
        value(byTag, AccountSummaryTags.EQUITY_WITH_LOAN_VALUE),
        value(byTag, AccountSummaryTags.PREVIOUS_DAY_EQUITY_WITH_LOAN_VALUE),
        value(byTag, AccountSummaryTags.GROSS_POSITION_VALUE),
        value(byTag, AccountSummaryTags.MAINT_MARGIN_REQ),
        value(byTag, AccountSummaryTags.EXCESS_LIQUIDITY),
        value(byTag, AccountSummaryTags.CUSHION),
        value(byTag, AccountSummaryTags.BUYING_POWER),
        asOf);
  }

  private static BigDecimal value(Map<String, AccountSummary> byTag, String tag) {
    AccountSummary row = byTag.get(tag);
    try {
      return new BigDecimal(row.value().trim());
    } catch (NumberFormatException e) {
      throw new BrokerException(
          "account summary of "
              + row.account()
              + " gives "
              + tag
              + " '"
              + row.value()
              + "' (expected: a decimal number)",
          true,
          e);
    }
  }
}
