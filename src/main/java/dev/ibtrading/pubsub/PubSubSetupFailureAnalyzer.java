package dev.ibtrading.pubsub;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a Pub/Sub setup failure as Spring Boot's short "failed to start" message. */
class PubSubSetupFailureAnalyzer extends AbstractFailureAnalyzer<PubSubSetupException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, PubSubSetupException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
