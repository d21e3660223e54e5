package dev.ibtrading.broker;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an unsafe trading configuration as Spring Boot's short "failed to start" message. */
class UnsafeTradingConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<UnsafeTradingConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, UnsafeTradingConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
