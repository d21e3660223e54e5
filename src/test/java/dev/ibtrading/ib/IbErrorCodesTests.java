package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.IbErrorCodes.Connectivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbErrorCodesTests {

  @ParameterizedTest
  @CsvSource({
    "1100, BROKER_LINK_LOST",
    "2110, BROKER_LINK_LOST",
    "1101, RESTORED_DATA_LOST",
    "1102, RESTORED_DATA_MAINTAINED",
    "2103, FARM_DOWN",
    "2105, FARM_DOWN",
    "2157, FARM_DOWN",
    "2107, FARM_DOWN",
    "2108, FARM_DOWN",
    "2104, FARM_OK",
    "2106, FARM_OK",
    "2158, FARM_OK",
    "326, CLIENT_ID_IN_USE",
    "502, NOT_CONNECTED",
    "504, NOT_CONNECTED",
    "200, NONE",
    "103, NONE",
    "2109, NONE"
  })
  void classifiesConnectionCodes(int code, Connectivity expected) {
    assertThat(IbErrorCodes.connectivity(code)).isEqualTo(expected);
  }

  @Test
  void theNamedSetsDoNotOverlap() {
    List<Set<Integer>> sets =
        List.of(
            IbErrorCodes.BROKER_LINK_LOST,
            IbErrorCodes.LINK_RESTORED,
            IbErrorCodes.FARM_DOWN,
            IbErrorCodes.FARM_OK,
            IbErrorCodes.NOT_CONNECTED,
            Set.of(IbErrorCodes.CLIENT_ID_IN_USE));
    List<Integer> all = new ArrayList<>();
    sets.forEach(all::addAll);

    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void connectionNoticesAreInformationalButRefusalsAndRejectionsAreNot() {
    assertThat(List.of(1100, 2110, 1101, 1102, 2103, 2104, 2158, 2108, 399))
        .allSatisfy(code -> assertThat(IbErrorCodes.isInformational(code)).as("%d", code).isTrue());
    assertThat(List.of(326, 502, 504, 200, 201, 103))
        .allSatisfy(
            code -> assertThat(IbErrorCodes.isInformational(code)).as("%d", code).isFalse());
  }
}
