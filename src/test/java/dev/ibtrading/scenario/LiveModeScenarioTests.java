package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.trigger.Intent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A live-mode worker ({@code trading.mode=live}, confirmed) whose gateway logged in to a paper
 * account (D...): it must not trade, since its operator believes orders are real.
 *
 * <p>The embedded paper gateway refuses live mode at startup, so this worker runs in {@code
 * external} mode against a paper gateway the test starts before the context (registered as a bean,
 * so it closes with the context). Live mode also refuses {@code ingest.auth=none}: pushes carry a
 * token as Cloud Run passes it on ({@code cloud-run} mode; signature removed), for an allowed push
 * account.
 */
@TestPropertySource(
    properties = {
      "ib.gateway.mode=external",
      "trading.mode=live",
      "trading.live-confirmed=true",
      "ingest.auth=cloud-run",
      "K_SERVICE=ib-scenario",
      "ingest.allowed-push-accounts=" + LiveModeScenarioTests.PUSH_ACCOUNT
    })
@Import(LiveModeScenarioTests.ExternalGateway.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LiveModeScenarioTests extends ScenarioTestBase {
  static final String PUSH_ACCOUNT = "scenario-push@local-project.iam.gserviceaccount.com";
  private static final String PAPER_ACCOUNT = "DU0000001";
  private static PaperGateway gateway;

  /** The gateway's port for {@code ib.gateway.port}, starting it on first use. */
  @DynamicPropertySource
  static void gatewayPort(DynamicPropertyRegistry registry) {
    registry.add("ib.gateway.port", () -> gateway().port());
  }

  private static synchronized PaperGateway gateway() {
    if (gateway == null) {
      PaperGatewayConfig config =
          PaperGatewayConfig.builder()
              .account(PAPER_ACCOUNT)
              .barsFile(barsFile())
              .alwaysOpen(true)
              .build();
      try {
        gateway = new PaperGateway(config, PaperClock.system()).start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return gateway;
  }

  private static Path barsFile() {
    try {
      return Path.of(LiveModeScenarioTests.class.getResource(ScenarioBars.RESOURCE).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test's gateway in the context: {@link #paperGateway()} finds it, the context closes it. */
  @TestConfiguration(proxyBeanMethods = false)
  static class ExternalGateway {
    @Bean(destroyMethod = "close")
    PaperGateway externalPaperGateway() {
      return gateway();
    }
  }

  @Override
  String[] pushHeaders() {
    return new String[] {"Authorization", "Bearer " + cloudRunToken()};
  }

  /** A push token as Cloud Run hands it over: claims readable, signature replaced. */
  private static String cloudRunToken() {
    long now = Instant.now().getEpochSecond();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        """
        {"iss":"https://accounts.google.com","aud":"http://127.0.0.1/allocation",\
        "email":"%s","email_verified":true,"iat":%d,"exp":%d}"""
            .formatted(PUSH_ACCOUNT, now, now + 3600);
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".SIGNATURE_REMOVED_BY_GOOGLE";
  }

  @Test
  void anAllocationOnAPaperAccountFailsAndPlacesNothing() {
    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"]}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(run.outcome().tradingMode()).isEqualTo(TradingMode.LIVE);
    assertThat(run.attributes())
        .containsEntry("tradingMode", "live")
        .containsEntry("account", PAPER_ACCOUNT);
    assertThat(run.errorCodes()).containsExactly("paper-account-in-live-mode");
    assertThat(run.problem("paper-account-in-live-mode").message())
        .contains(PAPER_ACCOUNT)
        .contains("trading.mode=live");
    assertThat(run.result().path("orders")).isEmpty();
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
    assertThat(broker.positions()).isEmpty();
  }
}
