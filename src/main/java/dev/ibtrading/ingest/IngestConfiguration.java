package dev.ibtrading.ingest;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.broker.UnsafeTradingConfigurationException;
import dev.ibtrading.ingest.auth.CallerIdentityFilter;
import dev.ibtrading.ingest.auth.CloudRunAuthenticator;
import dev.ibtrading.ingest.auth.IdTokenAuthenticator;
import dev.ibtrading.ingest.auth.PushAccountPolicy;
import dev.ibtrading.ingest.auth.PushAuthenticationFilter;
import dev.ibtrading.ingest.auth.PushAuthenticator;
import dev.ibtrading.trigger.Intent;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Wires the push edge's authentication from {@link IngestProperties}: the authenticator for {@code
 * ingest.auth} and its filter in front of the trigger endpoints, the status page and the gateway's
 * screen (and only those: health and actuator stay open). {@code ingest.auth=none} is refused at
 * startup unless the {@code local} profile is active and the trading mode is paper.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, TradingProperties.class})
public class IngestConfiguration {
  /** The profile that alone may run without authentication. */
  static final String LOCAL_PROFILE = "local";

  /**
   * For the same callers: the status page and its JSON ({@code dev.ibtrading.status}), and the
   * gateway's screen ({@code dev.ibtrading.screenshot}), which must never be open in production.
   */
  static final List<String> STATUS_PATHS = List.of("/", "/status", "/screenshot.png");

  /**
   * Metrics (run counts, order latency, the gateway session) behind the triggers' authentication:
   * they describe the account's activity.
   */
  static final List<String> METRICS_PATHS = List.of("/actuator/metrics", "/actuator/metrics/*");

  /** The health endpoints: open to probes; details only for an identified caller. */
  static final List<String> HEALTH_PATHS = List.of("/actuator/health", "/actuator/health/*");

  private static final Logger log = LoggerFactory.getLogger(IngestConfiguration.class);

  @Bean
  PushAuthenticator pushAuthenticator(
      IngestProperties ingest, TradingProperties trading, Environment environment) {
    PushAccountPolicy accounts = new PushAccountPolicy(ingest.allowedPushAccounts());
    return switch (ingest.auth()) {
      case CLOUD_RUN -> {
        CloudRunAuthenticator cloudRun =
            new CloudRunAuthenticator(
                accounts, environment.getProperty("K_SERVICE"), Clock.systemUTC());
        if (cloudRun.onCloudRun()) {
          log.info("Push auth: cloud-run, accounts {}", ingest.allowedPushAccounts());
        } else {
          log.error(
              "Push auth: cloud-run, but K_SERVICE is not set: this is not Cloud Run, and every"
                  + " trigger is refused with 401. Set ingest.auth=verify (with"
                  + " ingest.verify.audience) to run elsewhere.");
        }
        yield cloudRun;
      }
      case VERIFY -> {
        log.info(
            "Push auth: verify, audience {}, keys from {}, accounts {}",
            ingest.verify().audience(),
            ingest.verify().jwksUrl(),
            ingest.allowedPushAccounts());
        yield new IdTokenAuthenticator(ingest.verify(), accounts, Clock.systemUTC());
      }
      case NONE -> {
        requireLocalPaper(trading, environment);
        log.warn("Push auth: none - triggers are accepted without a token (local profile)");
        yield PushAuthenticator.allowAll();
      }
    };
  }

  @Bean
  FilterRegistrationBean<PushAuthenticationFilter> pushAuthenticationFilter(
      PushAuthenticator authenticator) {
    FilterRegistrationBean<PushAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new PushAuthenticationFilter(authenticator));
    registration.setUrlPatterns(
        Stream.of(
                Arrays.stream(Intent.values()).map(Intent::path),
                STATUS_PATHS.stream(),
                METRICS_PATHS.stream())
            .flatMap(paths -> paths)
            .toList());
    return registration;
  }

  @Bean
  FilterRegistrationBean<CallerIdentityFilter> callerIdentityFilter(
      PushAuthenticator authenticator) {
    FilterRegistrationBean<CallerIdentityFilter> registration =
        new FilterRegistrationBean<>(new CallerIdentityFilter(authenticator));
    registration.setUrlPatterns(HEALTH_PATHS);
    return registration;
  }

  private static void requireLocalPaper(TradingProperties trading, Environment environment) {
    if (trading.mode() == TradingMode.LIVE) {
      throw new UnsafeTradingConfigurationException(
          "ingest.auth=none with trading.mode=live: anyone who reaches the worker could trade"
              + " the live account",
          "Set ingest.auth=cloud-run (on Cloud Run) or ingest.auth=verify (elsewhere), with"
              + " ingest.allowed-push-accounts.");
    }
    if (!environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
      throw new UnsafeTradingConfigurationException(
          "ingest.auth=none accepts triggers without authentication and is allowed only with"
              + " the local profile (active profiles: "
              + Arrays.toString(environment.getActiveProfiles())
              + ")",
          "Activate the local profile for local development, or set ingest.auth=cloud-run or"
              + " ingest.auth=verify with ingest.allowed-push-accounts.");
    }
  }
}
