package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Instrument;
import dev.ibtrading.ib.message.ContractData;
import dev.ibtrading.ib.message.ContractDataEnd;
import dev.ibtrading.ib.message.ContractDetails;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.RequestContractData;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** How a contract details answer becomes one contract, fed message by message. */
class ContractDetailsRequestTests {
  private static final int ID = 1 << 30;

  static ContractDetails stock(String symbol, int conId, String primaryExchange) {
    return new ContractDetails(
        new WireContract(
            conId, symbol, "STK", "", 0.0, "", "", "SMART", primaryExchange, "USD", symbol, "NMS"),
        "NMS",
        0.01,
        "",
        "",
        1,
        0,
        symbol + " INC",
        "",
        "",
        "",
        "",
        "US/Eastern",
        "",
        "",
        "",
        null,
        List.of(),
        1,
        "",
        "",
        "",
        "",
        "COMMON",
        BigDecimal.ONE,
        BigDecimal.ONE,
        BigDecimal.ONE);
  }

  @Test
  void sendsASmartStockRequestWithThePrimaryExchange() {
    var request = new ContractDetailsRequest(ID, new Instrument("AAPL", "USD", "NASDAQ"));

    RequestContractData sent = (RequestContractData) request.request();
    assertThat(sent.reqId()).isEqualTo(ID);
    assertThat(sent.contract().exchange()).isEqualTo("SMART");
    assertThat(sent.contract().primaryExchange()).isEqualTo("NASDAQ");
    assertThat(request.describe()).isEqualTo("contract details for AAPL on NASDAQ");
  }

  @Test
  void completesAtTheEndWithTheOnlyContractAndIgnoresOtherRequests() throws Exception {
    var request = new ContractDetailsRequest(ID, Instrument.usStock("AAPL"));

    request.offer(new ContractData(ID + 1, stock("MSFT", 272093, "NASDAQ")));
    request.offer(new ContractData(ID, stock("AAPL", 265598, "NASDAQ")));
    request.offer(new ContractDataEnd(ID + 1));
    assertThat(request.result()).isNotDone();
    request.offer(new ContractDataEnd(ID));

    assertThat(request.result().get().contract().conId()).isEqualTo(265598);
  }

  @Test
  void noContractBeforeTheEndIsAnError() {
    var request = new ContractDetailsRequest(ID, Instrument.usStock("AAPL"));

    request.offer(new ContractDataEnd(ID));

    assertThat(failure(request))
        .isInstanceOf(IbException.class)
        .hasMessageContaining("no contract")
        .hasMessageContaining("AAPL");
  }

  @Test
  void severalContractsWithoutPrimaryExchangeAreAmbiguous() {
    var request = new ContractDetailsRequest(ID, Instrument.usStock("XYZ"));

    request.offer(new ContractData(ID, stock("XYZ", 1, "NYSE")));
    request.offer(new ContractData(ID, stock("XYZ", 2, "NASDAQ")));
    request.offer(new ContractDataEnd(ID));

    assertThat(failure(request))
        .hasMessageContaining("ambiguous")
        .hasMessageContaining("XYZ on NYSE (conId 1)")
        .hasMessageContaining("XYZ on NASDAQ (conId 2)")
        .hasMessageContaining("primary exchange");
  }

  @Test
  void severalContractsArePickedByPrimaryExchange() throws Exception {
    var request = new ContractDetailsRequest(ID, new Instrument("XYZ", "USD", "nasdaq"));

    request.offer(new ContractData(ID, stock("XYZ", 1, "NYSE")));
    request.offer(new ContractData(ID, stock("XYZ", 2, "NASDAQ")));
    request.offer(new ContractDataEnd(ID));

    assertThat(request.result().get().contract().conId()).isEqualTo(2);
  }

  @Test
  void severalContractsNoneOnThePrimaryExchangeFail() {
    var request = new ContractDetailsRequest(ID, new Instrument("XYZ", "USD", "ARCA"));

    request.offer(new ContractData(ID, stock("XYZ", 1, "NYSE")));
    request.offer(new ContractData(ID, stock("XYZ", 2, "NASDAQ")));
    request.offer(new ContractDataEnd(ID));

    assertThat(failure(request)).hasMessageContaining("expected: one on ARCA");
  }

  @Test
  void error200FailsWithTheCode() {
    var request = new ContractDetailsRequest(ID, Instrument.usStock("ZZZZ"));

    request.offer(new ErrorMessage(ID, 200, "No security definition has been found"));

    assertThat(failure(request))
        .isInstanceOfSatisfying(IbRequestException.class, e -> assertThat(e.code()).isEqualTo(200))
        .hasMessageContaining("ZZZZ");
  }

  static Throwable failure(PendingRequest<?> request) {
    assertThat(request.result()).isCompletedExceptionally();
    try {
      request.result().get();
      throw new AssertionError("expected a failure");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
