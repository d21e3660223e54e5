package dev.ibtrading.ib;

import static dev.ibtrading.ib.PositionsRequestTests.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Position;
import dev.ibtrading.ib.message.PositionMessage;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POSITION rows to positions of the traded account. */
class PositionMapperTests {

  @Test
  void mapsTheRowToAContractAndPosition() {
    var rows =
        List.of(
            new PositionMessage(
                "DU1",
                new WireContract(
                    265598, "AAPL", "STK", "", 0.0, "", "", "NASDAQ", "", "USD", "AAPL", "NMS"),
                new BigDecimal("-25"),
                180.04));

    assertThat(PositionMapper.toPositions("DU1", rows))
        .containsExactly(
            new Position(
                "DU1",
                new Contract(265598, "AAPL", "USD", "NASDAQ", null, null),
                new BigDecimal("-25"),
                new BigDecimal("180.04")));
  }

  @Test
  void keepsOnlyTheTradedAccount() {
    var rows = List.of(row("DU2", 1, "SPY", "10"), row("DU1", 2, "QQQ", "3"));

    assertThat(PositionMapper.toPositions("DU1", rows))
        .extracting(p -> p.contract().symbol())
        .containsExactly("QQQ");
  }

  @Test
  void dropsClosedPositions() {
    var rows = List.of(row("DU1", 1, "SPY", "0"), row("DU1", 2, "QQQ", "0.000"));

    assertThat(PositionMapper.toPositions("DU1", rows)).isEmpty();
  }

  @Test
  void leavesOutNonStockPositions() {
    var option =
        new PositionMessage(
            "DU1",
            new WireContract(
                999,
                "SPY",
                "OPT",
                "20250117",
                450.0,
                "C",
                "100",
                "SMART",
                "",
                "USD",
                "SPY   250117C00450000",
                "SPY"),
            BigDecimal.ONE,
            520.0);

    assertThat(PositionMapper.toPositions("DU1", List.of(option, row("DU1", 2, "QQQ", "3"))))
        .extracting(p -> p.contract().conId())
        .containsExactly(2);
  }

  @Test
  void anUnsetQuantityFailsRatherThanReadingZero() {
    var unset =
        new PositionMessage(
            "DU1",
            new WireContract(2, "QQQ", "STK", "", 0.0, "", "", "NASDAQ", "", "USD", "QQQ", "NMS"),
            null,
            1.0);

    assertThatThrownBy(() -> PositionMapper.toPositions("DU1", List.of(unset)))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining("QQQ has no quantity");
  }
}
