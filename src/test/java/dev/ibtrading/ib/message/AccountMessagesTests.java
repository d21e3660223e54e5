package dev.ibtrading.ib.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FrameDecoder;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Account summary and positions messages (§3.2, §3.3): exact encodings and round trips. */
class AccountMessagesTests {

  @Nested
  class ClientMessagesEncodeAsCaptured {
    @Test
    void requestAccountSummary() {
      var request =
          new RequestAccountSummary(
              101,
              "All",
              List.of("NetLiquidation", "TotalCashValue", "BuyingPower", "AvailableFunds"));

      assertThat(fields(request.toFrame()))
          .containsExactly(
              "62", "1", "101", "All", "NetLiquidation,TotalCashValue,BuyingPower,AvailableFunds");
    }

    @Test
    void cancelAccountSummary() {
      assertThat(hex(new CancelAccountSummary(101).toFrame()))
          .isEqualTo("00000009" + "363300" + "3100" + "31303100");
    }

    @Test
    void requestPositions() {
      assertThat(hex(new RequestPositions().toFrame())).isEqualTo("00000005" + "363100" + "3100");
    }

    @Test
    void cancelPositions() {
      assertThat(hex(new CancelPositions().toFrame())).isEqualTo("00000005" + "363400" + "3100");
    }
  }

  @Nested
  class ClientMessagesDecode {
    @Test
    void everyOneRoundTrips() {
      List<ClientMessage> messages =
          List.of(
              new RequestAccountSummary(7, "All", List.of("NetLiquidation", "Cushion")),
              new CancelAccountSummary(7),
              new RequestPositions(),
              new CancelPositions());

      for (ClientMessage message : messages) {
        assertThat(ClientMessageType.decode(new FieldReader(fields(message.toFrame()))))
            .isEqualTo(message);
      }
    }

    @Test
    void tagListToleratesSpacesAndEmptyItems() {
      Object decoded =
          ClientMessageType.decode(
              new FieldReader(List.of("62", "1", "5", "All", " NetLiquidation, ,Cushion,")));

      assertThat(decoded)
          .isEqualTo(new RequestAccountSummary(5, "All", List.of("NetLiquidation", "Cushion")));
    }
  }

  @Nested
  class ServerMessages {
    private final PositionMessage spy =
        new PositionMessage(
            "DU1234567",
            new WireContract(
                756733, "SPY", "STK", "", 0.0, "", "", "ARCA", "", "USD", "SPY", "SPY"),
            new BigDecimal("100"),
            452.5);

    @Test
    void positionHasVersion3AndSixteenFields() {
      assertThat(fields(spy.toFrame()))
          .containsExactly(
              "61",
              "3",
              "DU1234567",
              "756733",
              "SPY",
              "STK",
              "",
              "0.0",
              "",
              "",
              "ARCA",
              "USD",
              "SPY",
              "SPY",
              "100",
              "452.5");
    }

    @Test
    void accountSummaryAndEndLayouts() {
      assertThat(
              fields(
                  new AccountSummary(9, "DU1234567", "NetLiquidation", "1000000.00", "USD")
                      .toFrame()))
          .containsExactly("63", "1", "9", "DU1234567", "NetLiquidation", "1000000.00", "USD");
      assertThat(fields(new AccountSummaryEnd(9).toFrame())).containsExactly("64", "1", "9");
      assertThat(fields(new PositionEnd().toFrame())).containsExactly("62", "1");
    }

    @Test
    void everyOneRoundTrips() {
      List<ServerMessage> messages =
          List.of(
              spy,
              new AccountSummary(9, "DU1234567", "Cushion", "0.954321", ""),
              new AccountSummaryEnd(9),
              new PositionEnd());

      for (ServerMessage message : messages) {
        assertThat(ServerMessageType.decode(new FieldReader(fields(message.toFrame()))))
            .isEqualTo(message);
      }
    }

    @Test
    void positionAsAnotherGatewayMightFillIt() {
      Object decoded =
          ServerMessageType.decode(
              new FieldReader(
                  List.of(
                      "61",
                      "3",
                      "U7654321",
                      "265598",
                      "AAPL",
                      "STK",
                      "",
                      "0",
                      "",
                      "1",
                      "",
                      "USD",
                      "AAPL",
                      "NMS",
                      "-25.5",
                      "181.0712")));

      assertThat(decoded)
          .isEqualTo(
              new PositionMessage(
                  "U7654321",
                  new WireContract(
                      265598, "AAPL", "STK", "", 0.0, "", "1", "", "", "USD", "AAPL", "NMS"),
                  new BigDecimal("-25.5"),
                  181.0712));
    }

    @Test
    void unsetPositionQuantityDecodesAsNull() {
      var decoded =
          (PositionMessage)
              ServerMessageType.decode(
                  new FieldReader(
                      List.of(
                          "61", "3", "U1", "1", "X", "STK", "", "0", "", "", "", "USD", "X", "X",
                          "", "0")));

      assertThat(decoded.position()).isNull();
    }

    @Test
    void positionWithAFieldTooManyIsCorrupt() {
      List<String> withExtra = new java.util.ArrayList<>(fields(spy.toFrame()));
      withExtra.add("extra");

      assertThatThrownBy(() -> ServerMessageType.decode(new FieldReader(withExtra)))
          .isInstanceOf(CorruptFrameException.class)
          .hasMessageContaining("17 fields");
    }

    @Test
    void accountSummaryMissingCurrencyIsCorrupt() {
      assertThatThrownBy(
              () ->
                  ServerMessageType.decode(
                      new FieldReader(List.of("63", "1", "9", "DU1", "NetLiquidation", "1.00"))))
          .isInstanceOf(CorruptFrameException.class);
    }
  }

  private static List<String> fields(byte[] frame) {
    FrameDecoder decoder = new FrameDecoder();
    decoder.feed(frame, 0, frame.length);
    List<String> fields = decoder.next();
    assertThat(decoder.buffered()).isZero();
    return fields;
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
