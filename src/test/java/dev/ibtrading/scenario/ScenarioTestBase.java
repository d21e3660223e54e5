package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.spring.core.GcpProjectIdProvider;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.SubscriptionName;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.pubsub.PubSubTopology;
import dev.ibtrading.testsupport.OutcomeInbox;
import dev.ibtrading.testsupport.OutcomeSchema;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.RunKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the endpoint-driven scenarios: the whole worker on a random port, driven the way
 * production drives it, and checked where the truth is.
 *
 * <h2>What runs</h2>
 *
 * The worker in the {@code local} profile: its own Pub/Sub emulator with the topics and push
 * subscriptions provisioned, the embedded paper gateway (always open) reading its prices from
 * {@value #BARS_FILE} (SPY, VIXY and AAPL daily bars, see {@link ScenarioBars}), and the worker's
 * clock a {@link ScenarioClock} pinned to {@link #TRADING_DAY}. Nothing is mocked: pushes are HTTP
 * requests, outcomes come from the emulator, orders go over a socket to the paper gateway.
 *
 * <h2>Writing a scenario</h2>
 *
 * <pre>{@code
 * class MyScenarioTests extends ScenarioTestBase {
 *   @Test
 *   void something() {
 *     Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"]}");
 *     assertThat(run.httpStatus()).isEqualTo(200);
 *     assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
 *     assertThat(held("SPY")).isPositive();
 *     assertThat(executionsOf(run.runId())).isNotEmpty();
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link #push} POSTs a push envelope to the intent's endpoint and returns the HTTP answer
 *       with the run's outcome as read from the outcome topic ({@link Pushed}), checked against the
 *       outcome schema ({@link OutcomeSchema}).
 *   <li>The paper gateway's state, the truth: {@link #broker} (the worker's own session), {@link
 *       #held}, {@link #executionsOf}, {@link #openOrdersOf}, {@link #referencePrice}, {@link
 *       #paperGateway} (e.g. for {@link PaperOrderRules}), and {@link #handTrader} for a second
 *       client connection that trades by hand.
 *   <li>{@link #clock} moves the worker's date ({@code clock.pin(instant)}).
 * </ul>
 *
 * <h2>Between tests</h2>
 *
 * Before each test the account is put back to a fresh one: faults and order rules disarmed, pinned
 * prices released, every open order cancelled, cash at the configured start and no positions; the
 * clock back at {@link #TRADING_DAY}. Executions of earlier tests stay in the gateway's list of
 * today's executions: filter by run id ({@link #executionsOf}).
 *
 * <h2>Other settings</h2>
 *
 * A subclass that needs other settings adds {@code @TestPropertySource(properties = ...)}; each
 * distinct set of settings is another application context (a few seconds to start, and its own
 * emulator), so scenarios should share settings where they can. A context only one class uses is
 * best closed after it with {@code @DirtiesContext}. A subclass whose worker trades an external
 * gateway the test starts overrides {@link #paperGateway}; one that needs a token overrides {@link
 * #pushHeaders}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@Import(ScenarioClock.Config.class)
@TestPropertySource(properties = "ib.paper.bars-file=" + ScenarioTestBase.BARS_FILE)
@ExtendWith(PubSubEmulatorSupport.class)
abstract class ScenarioTestBase {
  /** The paper gateway's daily bars; see {@link ScenarioBars} for their shape. */
  static final String BARS_FILE = "classpath:scenario/bars.csv";

  /**
   * Thursday 2 January 2025, 10:00 in New York: a session, the day after the last bar of SPY's rise
   * (bullish), and a +1 day of the {@code dummy} strategy (epoch day % 3 = 2).
   */
  static final Instant TRADING_DAY = Instant.parse("2025-01-02T15:00:00Z");

  /** Client id of {@link #handTrader}; the worker is client 1. */
  static final int HAND_TRADER_CLIENT_ID = 71;

  private static final Duration OUTCOME_WAIT = Duration.ofSeconds(30);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final RandomGenerator RANDOM = new SecureRandom();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort int httpPort;
  @Autowired Broker broker;
  @Autowired ScenarioClock clock;
  @Autowired PubSubTopology topology;
  @Autowired GcpProjectIdProvider projectIds;
  @Autowired SubscriptionAdminClient subscriptions;
  @Autowired ObjectProvider<PaperGateway> embeddedGateway;

  private PushClient pushes;
  private OutcomeInbox outcomes;
  private HandTrader handTrader;

  /** The paper gateway the worker trades: the embedded one unless a subclass starts its own. */
  PaperGateway paperGateway() {
    return embeddedGateway.getObject();
  }

  /**
   * Headers every push carries, as name, value pairs; none by default ({@code ingest.auth=none}).
   */
  String[] pushHeaders() {
    return new String[0];
  }

  @BeforeEach
  final void freshAccount() {
    String project = projectIds.getProjectId();
    pushes = new PushClient(httpPort, project, topology);
    outcomes =
        new OutcomeInbox(
            subscriptions, SubscriptionName.format(project, topology.outcomeReaderSubscription()));
    clock.pin(TRADING_DAY);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> broker.connectionState() == ConnectionState.CONNECTED);
    PaperGateway gateway = paperGateway();
    gateway.faults().reset();
    PaperOrderRules.of(gateway).reset();
    gateway.market().unpinAll();
    if (!broker.openOrders().isEmpty()) {
      broker.cancelAllOrders();
      await().atMost(Duration.ofSeconds(30)).until(() -> broker.openOrders().isEmpty());
    }
    gateway.resetAccount();
  }

  @AfterEach
  final void closeHandTrader() {
    if (handTrader != null) {
      handTrader.close();
      handTrader = null;
    }
  }

  /** Pushes {@code dataJson} to the intent's endpoint as a new message (run key from its id). */
  Pushed push(Intent intent, String dataJson) {
    return push(intent, dataJson, Map.of());
  }

  /**
   * Pushes {@code dataJson} with message {@code attributes} to the intent's endpoint, as a new
   * message, and reads the run's outcome from the outcome topic when the answer is 200. The worker
   * publishes the outcome before it answers, so it is there already; the wait only covers the
   * emulator's delivery to the reader subscription.
   */
  Pushed push(Intent intent, String dataJson, Map<String, String> attributes) {
    // Short enough that the run key is <intent>:<messageId>, as for Pub/Sub's numeric ids.
    String messageId = "scn-" + HexFormat.of().toHexDigits(RANDOM.nextLong());
    HttpResponse<String> response =
        pushes.post(intent, messageId, dataJson, attributes, pushHeaders());
    JsonNode answer = JSON.readTree(response.body());
    String runId = attributes.getOrDefault("runId", RunKey.ofMessage(intent, messageId).value());
    if (response.statusCode() != 200) {
      return new Pushed(runId, response.statusCode(), answer, null, Map.of());
    }
    assertThat(answer.path("runId").asString()).as("runId of the answer").isEqualTo(runId);
    List<PubsubMessage> got =
        outcomes.awaitOf(
            runId, OUTCOME_WAIT, all -> all.stream().anyMatch(m -> !"duplicate".equals(status(m))));
    PubsubMessage message =
        got.stream().filter(m -> !"duplicate".equals(status(m))).findFirst().orElseThrow();
    byte[] json = message.getData().toByteArray();
    assertThat(OutcomeSchema.violations(JSON.readTree(json)))
        .as("outcome of %s against outcome-v1.json", runId)
        .isEmpty();
    Outcome outcome = OutcomeJson.read(json);
    return new Pushed(runId, 200, answer, outcome, message.getAttributesMap());
  }

  private static String status(PubsubMessage message) {
    return message.getAttributesMap().get("status");
  }

  /** The worker's position in {@code symbol} at the gateway now; 0 when flat. */
  BigDecimal held(String symbol) {
    return broker.positions().stream()
        .filter(p -> p.contract().symbol().equals(symbol))
        .map(p -> p.quantity())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Today's executions at the gateway whose orderRef is {@code runId}'s. */
  List<Fill> executionsOf(String runId) {
    return broker.executions().stream().filter(f -> ofRun(f.orderRef(), runId)).toList();
  }

  /** Open orders at the gateway, from any client, whose orderRef is {@code runId}'s. */
  List<OrderReport> openOrdersOf(String runId) {
    return broker.openOrders().stream().filter(o -> ofRun(o.request().orderRef(), runId)).toList();
  }

  /** The price the gateway quotes {@code symbol} at now, as the worker sizes with it. */
  BigDecimal referencePrice(String symbol) {
    return broker.quote(broker.contract(Instrument.usStock(symbol))).referencePrice();
  }

  /** The account's NetLiquidation at the gateway now. */
  BigDecimal netLiquidation() {
    return broker.accountSnapshot().netLiquidation();
  }

  /** A second client connection to the paper gateway, closed after the test. */
  HandTrader handTrader() {
    if (handTrader == null) {
      handTrader = HandTrader.connect(paperGateway().port(), HAND_TRADER_CLIENT_ID);
    }
    return handTrader;
  }

  /** {@code GET path} on the worker, expected to answer 200. */
  HttpResponse<String> get(String path) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
      return response;
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("GET " + path + " failed: " + e, e);
    }
  }

  /** The worker tags each order with the run key, or the run key and a suffix after a colon. */
  static boolean ofRun(String orderRef, String runId) {
    return orderRef != null && (orderRef.equals(runId) || orderRef.startsWith(runId + ":"));
  }
}
