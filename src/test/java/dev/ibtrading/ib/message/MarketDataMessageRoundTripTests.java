package dev.ibtrading.ib.message;

import static dev.ibtrading.ib.message.MarketDataMessageEncodingTests.frameFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FieldReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Server messages of the market-data family survive encode then decode, field for field. */
class MarketDataMessageRoundTripTests {

  static ContractDetails aaplDetails(List<ContractDetails.SecId> secIds) {
    return new ContractDetails(
        new WireContract(
            265598, "AAPL", "STK", "", 0.0, "", "", "SMART", "NASDAQ", "USD", "AAPL", "NMS"),
        "NMS",
        0.01,
        "LMT,MKT",
        "SMART,NASDAQ",
        1,
        0,
        "APPLE INC",
        "",
        "Technology",
        "Computers",
        "",
        "US/Eastern",
        "20250103:0400-20250103:2000",
        "20250103:0930-20250103:1600",
        "",
        null,
        secIds,
        1,
        "",
        "",
        "26,26",
        "",
        "COMMON",
        BigDecimal.ONE,
        BigDecimal.ONE,
        BigDecimal.valueOf(100));
  }

  @Test
  void everyServerMessageRoundTrips() {
    List<ServerMessage> messages =
        List.of(
            new ContractData(7, aaplDetails(List.of(new ContractDetails.SecId("ISIN", "X1")))),
            new ContractDataEnd(7),
            new MarketDataTypeReport(8, 3),
            new TickRequestParams(8, 0.01, "9c0001", 3),
            new TickPrice(8, 66, 187.25, new BigDecimal("300"), 1),
            new TickSize(8, 74, new BigDecimal("1234567")),
            new TickString(8, 88, "1735916400"),
            new TickGeneric(8, 49, 0.0),
            new TickSnapshotEnd(8),
            new HistoricalData(
                9,
                "20241229 10:00:00",
                "20250103 10:00:00",
                List.of(
                    new HistoricalBar(
                        "20241230",
                        1.5,
                        2.0,
                        1.25,
                        1.75,
                        new BigDecimal("100"),
                        new BigDecimal("1.6667"),
                        3),
                    new HistoricalBar(
                        "20241231", 1.75, 2.5, 1.5, 2.25, new BigDecimal("2000"), null, 10))));
    for (ServerMessage message : messages) {
      List<String> fields = frameFields(message.toFrame());
      assertThat(fields.get(0)).isEqualTo(Integer.toString(message.type().id()));
      assertThat(ServerMessageType.decode(new FieldReader(fields))).isEqualTo(message);
    }
  }

  @Test
  void contractDataHasFortyFieldsPlusTwoPerSecIdAndNoVersion() {
    List<String> none = frameFields(new ContractData(7, aaplDetails(List.of())).toFrame());
    List<String> two =
        frameFields(
            new ContractData(
                    7,
                    aaplDetails(
                        List.of(
                            new ContractDetails.SecId("ISIN", "US0378331005"),
                            new ContractDetails.SecId("FIGI", "BBG000B9XRY4"))))
                .toFrame());

    assertThat(none).hasSize(40);
    assertThat(none.subList(0, 4)).containsExactly("10", "7", "AAPL", "STK");
    assertThat(none.get(12)).isEqualTo("265598"); // conId
    assertThat(none.get(20)).isEqualTo("NASDAQ"); // primaryExchange
    assertThat(none.get(30)).isEqualTo("0"); // secIdListCount
    assertThat(two).hasSize(44);
    assertThat(two.subList(30, 35))
        .containsExactly("2", "ISIN", "US0378331005", "FIGI", "BBG000B9XRY4");
  }

  @Test
  void tickPriceIsVersionSixWithSizeAndAttributes() {
    assertThat(frameFields(new TickPrice(8, 1, 187.25, new BigDecimal("300"), 1).toFrame()))
        .containsExactly("1", "6", "8", "1", "187.25", "300", "1");
  }

  @Test
  void olderTickPriceVersionsWithoutSizeStillDecode() {
    assertThat(ServerMessageType.decode(new FieldReader(List.of("1", "1", "8", "2", "10.5"))))
        .isEqualTo(new TickPrice(8, 2, 10.5, null, 0));
  }

  @Test
  void historicalDataKeepsStartAndEndAndUsesDecimalsForVolumeAndWap() {
    List<String> fields =
        frameFields(
            new HistoricalData(
                    9,
                    "20241229 10:00:00",
                    "20250103 10:00:00",
                    List.of(
                        new HistoricalBar(
                            "20241230",
                            1.5,
                            2.0,
                            1.25,
                            1.75,
                            new BigDecimal("100.0"),
                            new BigDecimal("1.60"),
                            3)))
                .toFrame());

    assertThat(fields)
        .containsExactly(
            "17",
            "9",
            "20241229 10:00:00",
            "20250103 10:00:00",
            "1",
            "20241230",
            "1.5",
            "2.0",
            "1.25",
            "1.75",
            "100",
            "1.6",
            "3");
  }

  @Test
  void aBarCountLargerThanTheFrameIsCorrupt() {
    List<String> fields = new ArrayList<>(List.of("17", "9", "a", "b", "1000000"));

    assertThatThrownBy(() -> ServerMessageType.decode(new FieldReader(fields)))
        .isInstanceOf(CorruptFrameException.class)
        .hasMessageContaining("1000000");
  }

  @Test
  void tickTypesMapBetweenLiveAndDelayed() {
    assertThat(TickType.BID.delayed()).isEqualTo(TickType.DELAYED_BID);
    assertThat(TickType.DELAYED_BID.code()).isEqualTo(66);
    assertThat(TickType.DELAYED_CLOSE.live()).isEqualTo(TickType.CLOSE);
    assertThat(TickType.LAST_TIMESTAMP.delayed().code()).isEqualTo(88);
    assertThat(TickType.ofCode(75)).contains(TickType.DELAYED_CLOSE);
    assertThat(TickType.ofCode(999)).isEmpty();
  }
}
