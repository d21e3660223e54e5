package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.spring.core.GcpProjectIdProvider;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.SubscriptionName;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.ReplayingGateway;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.pubsub.PubSubTopology;
import dev.ibtrading.testsupport.OutcomeInbox;
import dev.ibtrading.testsupport.OutcomeSchema;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.RunKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole worker over frames real gateways sent: the worker (local profile, its own Pub/Sub
 * emulator, {@code ib.gateway.mode=external}) talks to a {@link ReplayingGateway} that answers each
 * request with captured frames ({@link CapturedSession}), and its summary, risk-check, allocation
 * (both dry runs) and status report the captured values, read from the corpus by the test.
 *
 * <p>The worker's clock is the scenarios' trading day ({@link ScenarioTestBase#TRADING_DAY}, in the
 * regular session, a +1 day of {@code dummy}); its client id is none of the recorded sessions', so
 * every captured order is another client's. Orders and cancels are forbidden at the fake: a dry run
 * that sent one fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@Import({ScenarioClock.Config.class, RealFrameWorkerTests.Gateway.class})
@TestPropertySource(
    properties = {
      "ib.gateway.mode=external",
      "ib.client-id=" + RealFrameWorkerTests.CLIENT_ID,
      // The one stock the corpus has a contract, a quote and bars of (checked by CapturedSession).
      "strategies.dummy.symbol=" + CapturedSession.QUOTED_STOCK
    })
@ExtendWith(PubSubEmulatorSupport.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RealFrameWorkerTests {
  /** Not the client id of any recorded session (1, 2 and 100 placed the captured orders). */
  static final int CLIENT_ID = 7;

  private static final Duration OUTCOME_WAIT = Duration.ofSeconds(30);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final CapturedSession CAPTURED = new CapturedSession();
  private static ReplayingGateway gateway;

  @LocalServerPort int httpPort;
  @Autowired Broker broker;
  @Autowired PubSubTopology topology;
  @Autowired GcpProjectIdProvider projectIds;
  @Autowired SubscriptionAdminClient subscriptions;
  @Autowired AllocationSettings allocation;

  private PushClient pushes;
  private OutcomeInbox outcomes;

  @DynamicPropertySource
  static void gatewayPort(DynamicPropertyRegistry registry) {
    registry.add("ib.gateway.port", () -> gateway().port());
  }

  private static synchronized ReplayingGateway gateway() {
    if (gateway == null) {
      try {
        gateway = CAPTURED.script().serve();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return gateway;
  }

  /** The fake in the context, so that it closes with it (and reports its script's failures). */
  @TestConfiguration(proxyBeanMethods = false)
  static class Gateway {
    @Bean(destroyMethod = "close")
    ReplayingGateway replayingGateway() {
      return gateway();
    }
  }

  @BeforeEach
  void connected() {
    String project = projectIds.getProjectId();
    pushes = new PushClient(httpPort, project, topology);
    outcomes =
        new OutcomeInbox(
            subscriptions, SubscriptionName.format(project, topology.outcomeReaderSubscription()));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> broker.connectionState() == ConnectionState.CONNECTED);
  }

  @AfterEach
  void nothingChangedAtTheGateway() {
    assertThat(gateway().forbidden()).as("orders or cancels sent to the gateway").isEmpty();
  }

  @Test
  void summaryRunReportsTheCapturedAccountPositionsAndOrders() {
    Outcome outcome = pushed(Intent.SUMMARY, "{\"dryRun\":false}");

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.OK);
    assertSummary(JSON.valueToTree(outcome.result()));
    // The one position's contract details were not captured: listed without a price, and said so.
    assertThat(outcome.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.code()).isEqualTo("no-price"));
  }

  @Test
  void summaryOnDemandReportsTheCapturedAccountPositionsAndOrders() {
    HttpResponse<String> response = get("/summary");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(response.body());
    assertThat(answer.path("status").asString()).isEqualTo("ok");
    assertSummary(answer.path("result"));
  }

  @Test
  void riskCheckDryRunMeasuresTheCapturedAccountValues() {
    Outcome outcome = pushed(Intent.RISK_CHECK, "{\"dryRun\":true}");

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode result = JSON.valueToTree(outcome.result());
    assertThat(result.path("action").asString()).isEqualTo("report");
    assertThat(result.path("actionTaken").asString()).isEqualTo("report");
    JsonNode account = result.path("account");
    assertThat(account.path("currency").asString()).isEqualTo(CAPTURED.currency());
    assertThat(account.path("netLiquidation").decimalValue())
        .isEqualByComparingTo(CAPTURED.value("NetLiquidation"));
    assertThat(account.path("previousEquityWithLoanValue").decimalValue())
        .isEqualByComparingTo(CAPTURED.value("PreviousDayEquityWithLoanValue"));
    // Daily loss: 1 - EquityWithLoanValue / PreviousDayEquityWithLoanValue (a gain is negative).
    assertThat(measure(result, "daily-loss"))
        .isEqualByComparingTo(
            BigDecimal.ONE
                .subtract(
                    CAPTURED
                        .value("EquityWithLoanValue")
                        .divide(
                            CAPTURED.value("PreviousDayEquityWithLoanValue"),
                            MathContext.DECIMAL64))
                .setScale(6, RoundingMode.HALF_EVEN));
    assertThat(measure(result, "gross-leverage"))
        .isEqualByComparingTo(
            CAPTURED
                .value("GrossPositionValue")
                .divide(CAPTURED.value("NetLiquidation"), 6, RoundingMode.HALF_EVEN));
    assertThat(measure(result, "margin-cushion"))
        .isEqualByComparingTo(CAPTURED.value("Cushion").setScale(6, RoundingMode.HALF_EVEN));
    // The captured stock position is in no managed instrument: measured account-wide only.
    assertThat(result.path("positions")).isEmpty();
    assertThat(result.path("planned")).isEmpty();
    assertThat(result.path("toCancel")).isEmpty();
  }

  @Test
  void allocationDryRunSizesFromTheCapturedAccountAndQuoteAndPlacesNothing() {
    Outcome outcome = pushed(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"],\"dryRun\":true}");

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode result = JSON.valueToTree(outcome.result());
    assertThat(result.path("dryRun").asBoolean()).isTrue();
    assertThat(result.path("signals"))
        .singleElement()
        .satisfies(s -> assertThat(s.path("value").decimalValue()).isEqualByComparingTo("1"));
    BigDecimal price = CAPTURED.quotedLast();
    // The account is in pounds, the stock in dollars: sized at GBP.USD's midpoint, inverted.
    assertThat(CAPTURED.currency()).isEqualTo("GBP");
    BigDecimal mid =
        new BigDecimal(CapturedSession.FX_BID)
            .add(new BigDecimal(CapturedSession.FX_ASK))
            .divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    BigDecimal usdToGbp = BigDecimal.ONE.divide(mid, MathContext.DECIMAL64);
    BigDecimal shares =
        CAPTURED
            .value("NetLiquidation")
            .multiply(allocation.exposure())
            .multiply(allocation.strategyWeights().getOrDefault("dummy", BigDecimal.ONE))
            .divide(price.multiply(usdToGbp), 0, RoundingMode.DOWN);
    assertThat(result.path("baseCurrency").asString()).isEqualTo("GBP");
    assertThat(result.path("fxRates"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.path("from").asString()).isEqualTo("USD");
              assertThat(r.path("to").asString()).isEqualTo("GBP");
              assertThat(r.path("rate").decimalValue()).isEqualByComparingTo(usdToGbp);
              assertThat(r.path("detail").asString()).startsWith("GBP.USD on IDEALPRO");
            });
    assertThat(result.path("targets"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.path("symbol").asString()).isEqualTo(CapturedSession.QUOTED_STOCK);
              assertThat(t.path("currentQuantity").decimalValue()).isZero();
              assertThat(t.path("targetQuantity").decimalValue()).isEqualByComparingTo(shares);
            });
    assertThat(result.path("planned"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path("side").asString()).isEqualTo("buy");
              assertThat(p.path("wantedQuantity").decimalValue()).isEqualByComparingTo(shares);
              assertThat(p.path("referencePrice").decimalValue()).isEqualByComparingTo(price);
            });
    assertThat(result.path("orders")).isEmpty();
  }

  @Test
  void statusReportsTheCapturedAccountAndPositions() {
    HttpResponse<String> response = get("/status");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode status = JSON.readTree(response.body());
    assertThat(status.path("gateway").path("connected").asBoolean()).isTrue();
    assertThat(status.path("gateway").path("account").asString()).isEqualTo(CAPTURED.account());
    JsonNode holdings = status.path("holdings");
    assertThat(holdings.path("note").isNull() || holdings.path("note").isMissingNode()).isTrue();
    assertPositions(holdings.path("positions"));
    assertOpenOrders(holdings.path("openOrders"));
    assertThat(status.path("netLiquidation"))
        .anySatisfy(
            p ->
                assertThat(p.path("value").decimalValue())
                    .isEqualByComparingTo(CAPTURED.value("NetLiquidation")));
  }

  // ---- what the summary must say ----

  private void assertSummary(JsonNode result) {
    JsonNode account = result.path("account");
    assertThat(account.path("account").asString()).isEqualTo(CAPTURED.account());
    assertThat(account.path("currency").asString()).isEqualTo(CAPTURED.currency());
    assertThat(account.path("netLiquidation").decimalValue())
        .isEqualByComparingTo(CAPTURED.value("NetLiquidation"));
    assertThat(account.path("totalCashValue").decimalValue())
        .isEqualByComparingTo(CAPTURED.value("TotalCashValue"));
    assertPositions(result.path("positions"));
    assertOpenOrders(result.path("openOrders"));
  }

  private static void assertPositions(JsonNode positions) {
    List<List<String>> expected = CAPTURED.stockPositions();
    assertThat(expected).isNotEmpty();
    assertThat(positions).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      List<String> row = expected.get(i);
      JsonNode position = positions.get(i);
      assertThat(position.path("symbol").asString()).isEqualTo(row.get(4));
      assertThat(position.path("quantity").decimalValue()).isEqualByComparingTo(row.get(14));
      assertThat(position.path("averageCost").decimalValue()).isEqualByComparingTo(row.get(15));
    }
  }

  private static void assertOpenOrders(JsonNode orders) {
    Map<Long, CapturedSession.CapturedOrder> expected = CAPTURED.openOrders();
    assertThat(expected).isNotEmpty();
    List<Long> permIds = new ArrayList<>();
    orders.forEach(o -> permIds.add(o.path("permId").asLong()));
    assertThat(permIds).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (JsonNode order : orders) {
      CapturedSession.CapturedOrder captured = expected.get(order.path("permId").asLong());
      assertThat(order.path("orderId").asInt()).isEqualTo(captured.orderId());
      assertThat(order.path("symbol").asString()).isEqualTo(captured.symbol());
      assertThat(order.path("secType").asString()).isEqualTo(captured.secType());
      assertThat(order.path("type").asString()).isEqualToIgnoringCase(captured.orderType());
      assertThat(order.path("quantity").decimalValue())
          .isEqualByComparingTo(captured.totalQuantity());
      assertThat(order.path("status").asString())
          .isEqualTo(OrderStatus.fromIb(captured.status()).name().toLowerCase());
      assertThat(order.path("timeInForce").asString()).isEqualTo(captured.timeInForce());
    }
  }

  private static BigDecimal measure(JsonNode result, String name) {
    for (JsonNode measure : result.path("measures")) {
      if (measure.path("measure").asString().equals(name)) {
        assertThat(measure.path("breached").asBoolean()).as(name + " breached").isFalse();
        return measure.path("value").decimalValue();
      }
    }
    throw new AssertionError("no measure " + name + " in " + result.path("measures"));
  }

  // ---- driving the worker ----

  /** Pushes {@code dataJson} as a new message and returns the run's outcome from the topic. */
  private Outcome pushed(Intent intent, String dataJson) {
    String messageId = "rf-" + HexFormat.of().toHexDigits(System.nanoTime());
    HttpResponse<String> response = pushes.post(intent, messageId, dataJson, Map.of());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String runId = RunKey.ofMessage(intent, messageId).value();
    List<PubsubMessage> got =
        outcomes.awaitOf(
            runId,
            OUTCOME_WAIT,
            all ->
                all.stream()
                    .anyMatch(m -> !"duplicate".equals(m.getAttributesMap().get("status"))));
    PubsubMessage message =
        got.stream()
            .filter(m -> !"duplicate".equals(m.getAttributesMap().get("status")))
            .findFirst()
            .orElseThrow();
    byte[] json = message.getData().toByteArray();
    assertThat(OutcomeSchema.violations(JSON.readTree(json)))
        .as("outcome of %s against outcome-v1.json", runId)
        .isEmpty();
    assertThat(message.getAttributesMap()).containsEntry("account", CAPTURED.account());
    return OutcomeJson.read(json);
  }

  private HttpResponse<String> get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
