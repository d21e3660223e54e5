package dev.ibtrading.ib.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ibtrading.ib.message.RealFrameCorpus.RealFrame;
import dev.ibtrading.ib.wire.FieldReader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every frame real gateways sent (the {@link RealFrameCorpus}) decodes with our client's decoders,
 * every field consumed: {@link ServerMessageType#decode} fails on fields left over or missing.
 */
class RealFrameDecodingTests {
  /**
   * Messages whose layout no server version from 177 to 200 changes (IB's decoders read them with
   * no version gate in that range), so that a frame recorded at up to 200 is a 176 frame too.
   */
  private static final Set<String> UNCHANGED_FROM_176_TO_200 =
      Set.of(
          "MANAGED_ACCTS",
          "NEXT_VALID_ID",
          "CONTRACT_DATA_END",
          "ACCOUNT_SUMMARY",
          "ACCOUNT_SUMMARY_END",
          "POSITION",
          "POSITION_END",
          "TICK_PRICE",
          "TICK_SIZE",
          "MARKET_DATA_TYPE",
          "TICK_SNAPSHOT_END",
          "OPEN_ORDER_END");

  static Stream<Arguments> frames() {
    return RealFrameCorpus.all().stream().map(f -> Arguments.of(f.name(), f));
  }

  @ParameterizedTest(name = "{0} {index}")
  @MethodSource("frames")
  void decodesConsumingEveryField(String name, RealFrame frame) {
    assertThat(ServerMessageType.valueOf(name).id())
        .as(frame.origin())
        .isEqualTo(frame.messageId());

    assertThatCode(() -> decode(frame)).as(frame.origin()).doesNotThrowAnyException();
    assertThat(decode(frame)).as(frame.origin()).isInstanceOf(ServerMessage.class);
  }

  @ParameterizedTest(name = "{0} {index}")
  @MethodSource("frames")
  void wasRecordedWhereItsLayoutIsThe176One(String name, RealFrame frame) {
    if (frame.serverVersion() > 176) {
      assertThat(frame.serverVersion()).as(frame.origin()).isLessThanOrEqualTo(200);
      assertThat(UNCHANGED_FROM_176_TO_200).as(frame.origin()).contains(name);
    }
    assertThat(frame.commit()).as(frame.origin()).matches("[0-9a-f]{40}");
  }

  @Test
  void corpusHoldsEnoughFramesTypesAndSources() {
    var all = RealFrameCorpus.all();
    Set<String> sources = all.stream().map(RealFrame::repository).collect(Collectors.toSet());

    assertThat(all).hasSizeGreaterThanOrEqualTo(100);
    assertThat(RealFrameCorpus.byName()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(sources).hasSizeGreaterThanOrEqualTo(3);
    assertThat(all).doesNotHaveDuplicates();
  }

  private static Object decode(RealFrame frame) {
    return ServerMessageType.decode(new FieldReader(frame.fields()));
  }
}
