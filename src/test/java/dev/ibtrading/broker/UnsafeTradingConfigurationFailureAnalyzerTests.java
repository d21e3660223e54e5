package dev.ibtrading.broker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class UnsafeTradingConfigurationFailureAnalyzerTests {

  @Test
  void reportsWhatIsWrongAndWhatToChange() {
    var cause = new UnsafeTradingConfigurationException("a paper gateway cannot trade live", "fix");
    FailureAnalysis analysis =
        new UnsafeTradingConfigurationFailureAnalyzer()
            .analyze(new BeanCreationException("paperGateway", "failed", cause));

    assertThat(analysis.getDescription()).isEqualTo("a paper gateway cannot trade live");
    assertThat(analysis.getAction()).isEqualTo("fix");
  }

  @Test
  void leavesOtherFailuresToOtherAnalyzers() {
    assertThat(
            new UnsafeTradingConfigurationFailureAnalyzer()
                .analyze(new IllegalStateException("something else")))
        .isNull();
  }
}
