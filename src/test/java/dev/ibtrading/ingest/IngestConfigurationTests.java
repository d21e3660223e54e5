package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.UnsafeTradingConfigurationException;
import dev.ibtrading.ingest.auth.AuthDecision;
import dev.ibtrading.ingest.auth.AuthMode;
import dev.ibtrading.ingest.auth.CloudRunAuthenticator;
import dev.ibtrading.ingest.auth.IdTokenAuthenticator;
import dev.ibtrading.ingest.auth.PushAuthenticator;
import dev.ibtrading.trigger.TriggerHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Startup rules of the push edge: auth modes, required settings, the default handler. */
class IngestConfigurationTests {
  private static final String ACCOUNT = "ingest.allowed-push-accounts=push@p.iam.test";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(IngestConfiguration.class);

  private static ApplicationContextRunner local(ApplicationContextRunner runner) {
    return runner.withInitializer(c -> c.getEnvironment().setActiveProfiles("local"));
  }

  @Test
  void cloudRunIsTheDefault() {
    runner
        .withPropertyValues(ACCOUNT)
        .run(
            context -> {
              assertThat(context.getBean(IngestProperties.class).auth())
                  .isEqualTo(AuthMode.CLOUD_RUN);
              assertThat(context.getBean(PushAuthenticator.class))
                  .isInstanceOf(CloudRunAuthenticator.class);
              assertThat(context.getBean(IngestProperties.class).maxBodyBytes().toBytes())
                  .isEqualTo(64 * 1024);
            });
  }

  @Test
  void noneIsRefusedWithoutTheLocalProfile() {
    runner
        .withPropertyValues("ingest.auth=none")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(UnsafeTradingConfigurationException.class)
                    .hasMessageContaining("allowed only with the local profile")
                    .hasMessageContaining("active profiles: []"));
  }

  @Test
  void noneIsRefusedForLiveTradingEvenLocally() {
    local(runner)
        .withPropertyValues("ingest.auth=none", "trading.mode=live", "trading.live-confirmed=true")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(UnsafeTradingConfigurationException.class)
                    .hasMessageContaining("ingest.auth=none with trading.mode=live"));
  }

  @Test
  void noneIsAllowedLocallyForPaper() {
    local(runner)
        .withPropertyValues("ingest.auth=none")
        .run(
            context ->
                assertThat(context.getBean(PushAuthenticator.class).authenticate(null).verdict())
                    .isEqualTo(AuthDecision.Verdict.ALLOWED));
  }

  @Test
  void anEmptyAllowListIsAStartupError() {
    runner.run(
        context ->
            assertThat(context)
                .getFailure()
                .hasStackTraceContaining(
                    "ingest.allowed-push-accounts must name the push service account(s)"));
  }

  @Test
  void verifyNeedsAnAudience() {
    runner
        .withPropertyValues("ingest.auth=verify", ACCOUNT)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("ingest.verify.audience is required"));
  }

  @Test
  void verifyWithAnAudienceVerifies() {
    runner
        .withPropertyValues("ingest.auth=verify", "ingest.verify.audience=https://a.test", ACCOUNT)
        .run(
            context -> {
              assertThat(context.getBean(PushAuthenticator.class))
                  .isInstanceOf(IdTokenAuthenticator.class);
              assertThat(context.getBean(IngestProperties.class).verify().jwksUrl())
                  .hasToString("https://www.googleapis.com/oauth2/v3/certs");
            });
  }

  @Test
  void theBodyLimitMustBeSane() {
    runner
        .withPropertyValues(ACCOUNT, "ingest.max-body-bytes=0")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("ingest.max-body-bytes must be between"));
    runner
        .withPropertyValues(ACCOUNT, "ingest.max-body-bytes=1KB")
        .run(
            context ->
                assertThat(context.getBean(IngestProperties.class).maxBodyBytes().toBytes())
                    .isEqualTo(1024));
  }

  @Test
  void theSkippingHandlerIsTheDefault() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DefaultTriggerHandlerAutoConfiguration.class))
        .run(
            context ->
                assertThat(context.getBean(TriggerHandler.class))
                    .isInstanceOf(SkippingTriggerHandler.class));
  }

  @Test
  void anyOtherHandlerReplacesTheDefault() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DefaultTriggerHandlerAutoConfiguration.class))
        .withUserConfiguration(OwnHandler.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(TriggerHandler.class);
              assertThat(context.getBean(TriggerHandler.class))
                  .isInstanceOf(RecordingTriggerHandler.class);
            });
  }

  @Test
  void theDefaultHandlerIsRegisteredAsAnAutoConfiguration() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .contains(DefaultTriggerHandlerAutoConfiguration.class.getName());
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnHandler {
    @Bean
    TriggerHandler ownHandler() {
      return new RecordingTriggerHandler();
    }
  }
}
