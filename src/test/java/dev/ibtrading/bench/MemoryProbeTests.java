package dev.ibtrading.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the live heap and the run ledger's size out of a class histogram. */
class MemoryProbeTests {

  @Test
  void totalBytesAndLedgerEntries() {
    List<String> histogram =
        List.of(
            "4242:",
            " num     #instances         #bytes  class name (module)",
            "-------------------------------------------------------",
            "   1:         50000        4000000  [B (java.base@17.0.15)",
            "   2:          1234          29616  dev.ibtrading.run.RunLedger$Entry",
            "   3:          1234          19744  dev.ibtrading.run.RecordedRun",
            "Total        552468        4049360");

    assertThat(MemoryProbe.parseHistogram(histogram)).containsExactly(4_049_360L, 1_234L);
  }

  @Test
  void noLedgerYetIsZeroEntriesButNoTotalIsAnError() {
    assertThat(MemoryProbe.parseHistogram(List.of("Total 10 800"))).containsExactly(800L, 0L);
    assertThatThrownBy(() -> MemoryProbe.parseHistogram(List.of("   1:  5  80  [B")))
        .hasMessage("no Total line in the class histogram");
  }
}
