package dev.ibtrading.ib.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FrameDecoder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests: our market-data requests are exactly the frames IB's Java client was captured
 * sending at server version 176 (§3.4-§3.6), and the paper side also reads stoqey's spellings.
 */
class MarketDataMessageEncodingTests {
  private static final WireContract AAPL = WireContract.stock(0, "AAPL", "USD", "");

  @Test
  void requestContractDataIsTheCapturedFrame() {
    assertThat(fields(new RequestContractData(102, AAPL)))
        .containsExactly(
            "9", "8", "102", "0", "AAPL", "STK", "", "0.0", "", "", "SMART", "", "USD", "", "", "0",
            "", "", "");
  }

  @Test
  void requestMarketDataSnapshotIsTheCapturedFrame() {
    assertThat(fields(RequestMarketData.snapshot(104, AAPL)))
        .containsExactly(
            "1", "11", "104", "0", "AAPL", "STK", "", "0.0", "", "", "SMART", "", "USD", "", "",
            "0", "", "1", "0", "");
  }

  @Test
  void requestHistoricalDataIsTheCapturedFrameWithBarSizeBeforeDuration() {
    assertThat(fields(RequestHistoricalData.dailyTrades(105, AAPL, "", "5 D")))
        .containsExactly(
            "20", "105", "0", "AAPL", "STK", "", "0.0", "", "", "SMART", "", "USD", "", "", "0", "",
            "1 day", "5 D", "1", "TRADES", "1", "0", "");
  }

  @Test
  void requestMarketDataTypeIsExactBytes() {
    assertThat(HexFormat.of().formatHex(new RequestMarketDataType(3).toFrame()))
        .isEqualTo("00000007" + "353900" + "3100" + "3300");
    assertThat(fields(new RequestMarketDataType(1))).containsExactly("59", "1", "1");
  }

  @Test
  void cancelsCarryVersionOneAndTheId() {
    assertThat(fields(new CancelMarketData(104))).containsExactly("2", "1", "104");
    assertThat(fields(new CancelHistoricalData(105))).containsExactly("25", "1", "105");
  }

  @Test
  void clientMessagesDecodeToWhatWasEncoded() {
    List<ClientMessage> messages =
        List.of(
            new RequestContractData(102, WireContract.stock(265598, "AAPL", "USD", "NASDAQ")),
            RequestMarketData.snapshot(104, AAPL),
            RequestHistoricalData.dailyTrades(105, AAPL, "20250102-21:00:00", "1 Y"),
            new RequestMarketDataType(4),
            new CancelMarketData(104),
            new CancelHistoricalData(105));
    for (ClientMessage message : messages) {
      assertThat(ClientMessageType.decode(new FieldReader(fields(message)))).isEqualTo(message);
    }
  }

  @Test
  void stoqeySpellingsWithEmptyNumbersDecodeLikeIbJava() {
    List<String> stoqeyContractData =
        List.of(
            "9", "8", "102", "", "AAPL", "STK", "", "", "", "", "SMART", "", "USD", "", "", "", "",
            "", "");
    List<String> stoqeyMarketData =
        List.of(
            "1", "11", "104", "", "AAPL", "STK", "", "", "", "", "SMART", "", "USD", "", "", "", "",
            "1", "", "");
    List<String> stoqeyHistorical =
        List.of(
            "20", "105", "", "AAPL", "STK", "", "", "", "", "SMART", "", "USD", "", "", "", "",
            "1 day", "5 D", "1", "TRADES", "1", "", "");

    assertThat(ClientMessageType.decode(new FieldReader(stoqeyContractData)))
        .isEqualTo(new RequestContractData(102, AAPL));
    assertThat(ClientMessageType.decode(new FieldReader(stoqeyMarketData)))
        .isEqualTo(RequestMarketData.snapshot(104, AAPL));
    assertThat(ClientMessageType.decode(new FieldReader(stoqeyHistorical)))
        .isEqualTo(RequestHistoricalData.dailyTrades(105, AAPL, "", "5 D"));
  }

  @Test
  void aRequestWithAMissingFieldIsRejected() {
    List<String> short18 = fields(new RequestContractData(102, AAPL)).subList(0, 18);

    assertThatThrownBy(() -> ClientMessageType.decode(new FieldReader(short18)))
        .isInstanceOf(CorruptFrameException.class)
        .hasMessageContaining("expected");
  }

  static List<String> fields(ClientMessage message) {
    return frameFields(message.toFrame());
  }

  static List<String> frameFields(byte[] frame) {
    FrameDecoder decoder = new FrameDecoder();
    decoder.feed(frame, 0, frame.length);
    List<String> fields = decoder.next();
    assertThat(decoder.buffered()).isZero();
    return fields;
  }
}
