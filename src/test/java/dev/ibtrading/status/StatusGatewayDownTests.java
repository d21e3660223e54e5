package dev.ibtrading.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.ingest.IngestConfiguration;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.strategy.FixedWeightStrategy;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.strategy.StrategyRegistry;
import dev.ibtrading.strategy.UniverseProperties;
import dev.ibtrading.testsupport.ChromiumSupport;
import dev.ibtrading.testsupport.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The status page with the gateway down (local profile, no authentication): it renders, says the
 * gateway is not connected where positions and orders would be, and still lists the runs and the
 * schedule. The jobs file here has a hostile description, which must show as text, never markup.
 */
@SpringBootTest(
    classes = StatusGatewayDownTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      StatusGatewayDownTests.App.NO_PUBSUB,
      StatusGatewayDownTests.App.NO_GATEWAY_HEALTH,
      // as the container's launcher tells a worker it started again (its environment variables
      // bind to these: WorkerRestartsBindingTests)
      "launcher.worker-restarts=2",
      "launcher.last-worker-exit=" + StatusGatewayDownTests.LAST_EXIT,
      "launcher.last-worker-exit-at=2025-01-02T14:00:00Z"
    })
@ActiveProfiles("local")
class StatusGatewayDownTests {
  /**
   * The status page and the push edge's authentication alone, over a broker whose gateway is down
   * (every request fails, as {@code IbBroker}'s do without a session) and a universe of one
   * strategy, {@value #STRATEGY}. Deliberately not a {@code @SpringBootConfiguration}, and kept in
   * a test class so that component scanning of the application skips it. Pub/Sub stays out: nothing
   * here publishes.
   */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration(
      excludeName = "com.google.cloud.spring.autoconfigure.pubsub.GcpPubSubAutoConfiguration")
  @Import({IngestConfiguration.class, StatusConfiguration.class, StatusController.class})
  static class App {
    static final String STRATEGY = "fixed-spy";

    /** Properties every context of this app needs: no emulator, no gateway health indicator. */
    static final String NO_PUBSUB = "spring.cloud.gcp.pubsub.enabled=false";

    static final String NO_GATEWAY_HEALTH =
        "management.endpoint.health.validate-group-membership=false";

    @Bean
    Broker broker() {
      Broker broker = mock(Broker.class);
      BrokerException down = new BrokerException("not connected to the gateway", true, null);
      when(broker.connectionState()).thenReturn(ConnectionState.DISCONNECTED);
      when(broker.managedAccounts()).thenReturn(List.of());
      when(broker.account()).thenThrow(down);
      when(broker.positions()).thenThrow(down);
      when(broker.openOrders()).thenThrow(down);
      when(broker.accountSnapshot()).thenThrow(down);
      return broker;
    }

    @Bean
    ManagedUniverse managedUniverse() {
      FixedWeightStrategy spy =
          new FixedWeightStrategy(STRATEGY, Map.of(Instrument.usStock("SPY"), BigDecimal.ONE));
      return new ManagedUniverse(
          new StrategyRegistry(List.of(spy)), new UniverseProperties(List.of()));
    }
  }

  static final String HOSTILE = "</script><img id=injected src=x> & more";
  static final String LAST_EXIT =
      "status 3 (out of memory: the JVM's ExitOnOutOfMemoryError) after 60 s";
  private static final Instant AT = Instant.parse("2025-01-02T15:00:00Z");

  @DynamicPropertySource
  static void hostileJobsFile(DynamicPropertyRegistry registry) {
    registry.add("scheduler.local.jobs-file", StatusGatewayDownTests::writeJobsFile);
  }

  private static String writeJobsFile() {
    try {
      Path file = Files.createTempFile("status-jobs", ".yaml");
      file.toFile().deleteOnExit();
      Files.writeString(
          file,
          """
          timeZone: America/New_York
          defaultScenario: x
          scenarios:
            x:
              - name: summary-evening
                description: '%s'
                schedule: '0 18 * * 1-5'
                topic: allocation
                body: '{}'
          """
              .formatted(HOSTILE));
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final AtomicInteger TESTS = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired RecentOutcomes outcomes;
  StatusHttp http;
  String summaryId;
  String riskId;

  /** Two runs of this test (the context, and so the store, is shared by the tests here). */
  @BeforeEach
  void twoRuns() {
    http = new StatusHttp(port);
    int test = TESTS.incrementAndGet();
    summaryId = "down-summary-" + test;
    riskId = "down-risk-" + test;
    outcomes.finished(StatusOutcomes.summary(summaryId, AT.plusSeconds(test), "100000"));
    outcomes.finished(
        StatusOutcomes.run(riskId, "risk-check", OutcomeStatus.FAILED, AT.plusSeconds(60))
            .error("broker-error", "BrokerException: not connected")
            .build());
  }

  @Test
  void theJsonSaysTheGatewayIsDownAndStillListsRunsScheduleAndRecordedReadings() {
    JsonNode status = http.status();

    assertThat(status.path("gateway").path("state").asString()).isEqualTo("DISCONNECTED");
    assertThat(status.path("gateway").path("connected").asBoolean()).isFalse();
    assertThat(status.path("gateway").path("account").isNull()).isTrue();
    assertThat(status.path("trading").path("mode").asString()).isEqualTo("paper");
    assertThat(status.path("trading").path("enabled").asBoolean()).isTrue();
    assertThat(status.path("worker").path("restarts").asInt()).isEqualTo(2);
    assertThat(status.path("worker").path("lastExit").asString()).isEqualTo(LAST_EXIT);
    assertThat(status.path("worker").path("lastExitAt").asString())
        .isEqualTo("2025-01-02T14:00:00Z");
    assertThat(status.path("holdings").path("note").asString())
        .isEqualTo("gateway not connected (DISCONNECTED): positions and open orders unknown");
    assertThat(status.path("holdings").path("positions")).isEmpty();
    assertThat(status.path("runs").get(0).path("runId").asString()).isEqualTo(riskId);
    assertThat(status.path("runs").get(0).path("errors").get(0).asString())
        .isEqualTo("broker-error");
    JsonNode last = status.path("netLiquidation").get(status.path("netLiquidation").size() - 1);
    assertThat(last.path("runId").asString()).isEqualTo(summaryId);
    assertThat(status.path("schedule").path("jobs").get(0).path("description").asString())
        .isEqualTo(HOSTILE);
  }

  @Test
  void readinessNamesTheWorkersRestartsByTheLauncher() {
    HttpResponse<String> readiness = http.get("/actuator/health/readiness");

    assertThat(readiness.statusCode()).isEqualTo(200);
    JsonNode restarts =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(readiness.body())
            .path("components")
            .path("workerRestarts");
    assertThat(restarts.path("status").asString()).as(readiness.body()).isEqualTo("UP");
    assertThat(restarts.path("details").path("restarts").asInt()).isEqualTo(2);
    assertThat(restarts.path("details").path("lastExit").asString()).isEqualTo(LAST_EXIT);
    assertThat(restarts.path("details").path("lastExitAt").asString())
        .isEqualTo("2025-01-02T14:00:00Z");
  }

  @Test
  void thePageIsServedWithItsDataAsJsonAndAStrictContentSecurityPolicy() {
    HttpResponse<String> page = http.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'none'; script-src 'nonce-")
        .doesNotContain("unsafe");
    assertThat(page.body()).contains("\"runId\":\"" + riskId + "\"");
    assertThat(page.body()).doesNotContain(HOSTILE).doesNotContain("<img");
  }

  @Test
  @ExtendWith(ChromiumSupport.class)
  void theBrowserShowsTheGatewayDownTheRunsAndTheHostileTextAsText() throws IOException {
    String dom = HeadlessChromium.dumpDom(http.uri("/"));
    Files.createDirectories(Path.of("target/status-page"));
    Files.writeString(Path.of("target/status-page/gateway-down.html"), dom);

    assertThat(dom).contains(">gateway: DISCONNECTED<");
    // In place of both the positions and the open orders.
    assertThat(count(dom, "<p class=\"note\">gateway not connected \\(DISCONNECTED\\)"))
        .isEqualTo(2);
    assertThat(renderedRun(dom, riskId)).contains(">failed<").contains(">broker-error<");
    assertThat(renderedRun(dom, summaryId)).contains(">ok<");
    assertThat(dom)
        .containsPattern("<circle [^>]*class=\"nl-point\" data-run-id=\"" + summaryId + "\"");
    assertThat(dom).contains(">strategy: " + App.STRATEGY + "<");
    assertThat(dom).contains(">worker restarts: 2<").contains("last: " + LAST_EXIT);
    assertThat(dom).contains("<a id=\"screenshot\" href=\"screenshot.png\">gateway screen</a>");
    assertThat(dom).containsPattern("<tr title=\"[^\"]*img id=injected src=x[^\"]*\">");
    assertThat(dom).doesNotContain("id=\"injected\"");
  }

  /** The table row the page's script drew for run {@code runId}. */
  static String renderedRun(String dom, String runId) {
    var row =
        Pattern.compile("<tr data-run-id=\"" + Pattern.quote(runId) + "\"[^>]*>(.*?)</tr>")
            .matcher(dom);
    assertThat(row.find()).as("a rendered row for run %s in the DOM", runId).isTrue();
    return row.group(1);
  }

  static long count(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().count();
  }
}
