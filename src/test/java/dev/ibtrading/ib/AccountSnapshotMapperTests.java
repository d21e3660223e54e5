package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.ib.message.AccountSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account summary rows to a snapshot: only the traded account, every tag, numbers only. */
class AccountSnapshotMapperTests {
  private static final Instant AT = Instant.parse("2025-01-03T15:00:00Z");

  @Test
  void readsEveryTagOfTheTradedAccount() {
    AccountSnapshot snapshot = AccountSnapshotMapper.toSnapshot("DU1", completeRows("DU1"), AT);

    assertThat(snapshot)
        .isEqualTo(
            new AccountSnapshot(
                "DU1",
                "USD",
                new BigDecimal("105000.50"),
                new BigDecimal("55000.25"),
                new BigDecimal("105000.49"),
                new BigDecimal("104000.00"),
                new BigDecimal("50000.00"),
                new BigDecimal("12500.00"),
                new BigDecimal("92500.49"),
                new BigDecimal("0.880951"),
                new BigDecimal("320000.00"),
                AT));
  }

  @Test
  void ignoresOtherAccountsRows() {
    List<AccountSummary> rows = new ArrayList<>();
    for (AccountSummary row : completeRows("DU2")) {
      rows.add(new AccountSummary(row.requestId(), "DU2", row.tag(), "1.00", "EUR"));
    }
    rows.addAll(completeRows("DU1"));

    AccountSnapshot snapshot = AccountSnapshotMapper.toSnapshot("DU1", rows, AT);

    assertThat(snapshot.netLiquidation()).isEqualByComparingTo("105000.50");
    assertThat(snapshot.currency()).isEqualTo("USD");
  }

  @Test
  void aMissingTagFailsRatherThanReadingZero() {
    List<AccountSummary> rows = new ArrayList<>(completeRows("DU1"));
    rows.removeIf(row -> row.tag().equals("MaintMarginReq") || row.tag().equals("Cushion"));

    assertThatThrownBy(() -> AccountSnapshotMapper.toSnapshot("DU1", rows, AT))
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.isTransient()).isTrue())
        .hasMessageContaining("DU1")
        .hasMessageContaining("[MaintMarginReq, Cushion]");
  }

  @Test
  void aTagReportedOnlyForAnotherAccountIsMissing() {
    List<AccountSummary> rows = new ArrayList<>(completeRows("DU1"));
    rows.removeIf(row -> row.tag().equals("BuyingPower"));
    rows.add(new AccountSummary(1, "DU2", "BuyingPower", "5.00", "USD"));

    assertThatThrownBy(() -> AccountSnapshotMapper.toSnapshot("DU1", rows, AT))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining("[BuyingPower]");
  }

  @Test
  void anAccountWithoutRowsIsAPermanentFailure() {
    assertThatThrownBy(() -> AccountSnapshotMapper.toSnapshot("DU9", completeRows("DU1"), AT))
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.isTransient()).isFalse())
        .hasMessageContaining("no values for account DU9");
  }

  @Test
  void aValueThatIsNotANumberFails() {
    List<AccountSummary> rows = new ArrayList<>(completeRows("DU1"));
    rows.replaceAll(
        row ->
            row.tag().equals("ExcessLiquidity")
                ? new AccountSummary(1, "DU1", "ExcessLiquidity", "", "USD")
                : row);

    assertThatThrownBy(() -> AccountSnapshotMapper.toSnapshot("DU1", rows, AT))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining("ExcessLiquidity ''")
        .hasMessageContaining("expected: a decimal number");
  }

  @Test
  void currencyComesFromNetLiquidation() {
    List<AccountSummary> rows = new ArrayList<>(completeRows("DU1"));
    rows.replaceAll(
        row ->
            new AccountSummary(
                1,
                "DU1",
                row.tag(),
                row.value(),
                row.tag().equals("NetLiquidation") ? "CHF" : row.currency()));

    assertThat(AccountSnapshotMapper.toSnapshot("DU1", rows, AT).currency()).isEqualTo("CHF");
  }

  @Test
  void netLiquidationWithoutCurrencyFails() {
    List<AccountSummary> rows = new ArrayList<>(completeRows("DU1"));
    rows.replaceAll(
        row ->
            row.tag().equals("NetLiquidation")
                ? new AccountSummary(1, "DU1", "NetLiquidation", "1.00", "")
                : row);

    assertThatThrownBy(() -> AccountSnapshotMapper.toSnapshot("DU1", rows, AT))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining("without a currency");
  }

  private static List<AccountSummary> completeRows(String account) {
    return List.of(
        new AccountSummary(1, account, "NetLiquidation", "105000.50", "USD"),
        new AccountSummary(1, account, "TotalCashValue", "55000.25", "USD"),
        new AccountSummary(1, account, "EquityWithLoanValue", "105000.49", "USD"),
        new AccountSummary(1, account, "PreviousDayEquityWithLoanValue", "104000.00", "USD"),
        new AccountSummary(1, account, "GrossPositionValue", "50000.00", "USD"),
        new AccountSummary(1, account, "MaintMarginReq", "12500.00", "USD"),
        new AccountSummary(1, account, "ExcessLiquidity", "92500.49", "USD"),
        new AccountSummary(1, account, "Cushion", "0.880951", ""),
        new AccountSummary(1, account, "BuyingPower", "320000.00", "USD"));
  }
}
