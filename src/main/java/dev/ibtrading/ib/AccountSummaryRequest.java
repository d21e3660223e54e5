package dev.ibtrading.ib;

import dev.ibtrading.ib.message.AccountSummary;
import dev.ibtrading.ib.message.AccountSummaryEnd;
import dev.ibtrading.ib.message.AccountSummaryTags;
import dev.ibtrading.ib.message.CancelAccountSummary;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.RequestAccountSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Account summary values of every managed account (group "All", §3.2): the rows carrying this
 * request's id, collected until ACCOUNT_SUMMARY_END. The gateway treats the request as a
 * subscription, so it is cancelled once the answer is complete.
 */
public final class AccountSummaryRequest extends PendingRequest<List<AccountSummary>> {
  /** The tags an {@link dev.ibtrading.broker.AccountSnapshot} is built from. */
  public static final List<String> SNAPSHOT_TAGS =
      List.of(
          AccountSummaryTags.NET_LIQUIDATION,
          AccountSummaryTags.TOTAL_CASH_VALUE,
          AccountSummaryTags.EQUITY_WITH_LOAN_VALUE,
          AccountSummaryTags.PREVIOUS_DAY_EQUITY_WITH_LOAN_VALUE,
          AccountSummaryTags.GROSS_POSITION_VALUE,
          AccountSummaryTags.MAINT_MARGIN_REQ,
          AccountSummaryTags.EXCESS_LIQUIDITY,
          AccountSummaryTags.CUSHION,
          AccountSummaryTags.BUYING_POWER);

  private static final String ALL_ACCOUNTS = "All";

  private final int requestId;
  private final List<String> tags;
  // Touched only on the reader thread; the future publishes the list to the caller.
  private final List<AccountSummary> rows = new ArrayList<>();

  /** The request for {@link #SNAPSHOT_TAGS}. */
  public AccountSummaryRequest(int requestId) {
    this(requestId, SNAPSHOT_TAGS);
  }

  public AccountSummaryRequest(int requestId, List<String> tags) {
    if (tags.isEmpty()) {
      throw new IllegalArgumentException("account summary without tags (expected: at least one)");
    }
    this.requestId = requestId;
    this.tags = List.copyOf(tags);
  }

  @Override
  public int requestId() {
    return requestId;
  }

  @Override
  public String describe() {
    return "account summary";
  }

  @Override
  public ClientMessage request() {
    return new RequestAccountSummary(requestId, ALL_ACCOUNTS, tags);
  }

  @Override
  public ClientMessage cancelRequest() {
    return new CancelAccountSummary(requestId);
  }

  @Override
  public boolean cancelWhenDone() {
    return true;
  }

  @Override
  protected void onMessage(Object message) {
    if (message instanceof AccountSummary row && row.requestId() == requestId) {
      rows.add(row);
    } else if (message instanceof AccountSummaryEnd end && end.requestId() == requestId) {
      complete(List.copyOf(rows));
    }
  }
}
