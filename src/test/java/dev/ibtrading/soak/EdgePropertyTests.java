package dev.ibtrading.soak;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.paper.PaperOrderRules.OrderTicket;
import dev.ibtrading.pubsub.emulator.EmulatorInstallation;
import dev.ibtrading.pubsub.emulator.PubSubEmulatorException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A property of the whole push edge (issue 16), over HTTP to the whole worker (local profile: its
 * real handlers, run ledger and journal), a real Pub/Sub emulator and the paper gateway. Each try
 * sends a few steps, some of them several copies at once: random requests to every trigger
 * endpoint, well-formed and not ({@link RandomRequests}), and pushes that trade under run keys that
 * collide on purpose ({@link TradingPush}). Whatever arrives:
 *
 * <ul>
 *   <li>no answer is a 5xx other than 503 (retry), and every request gets an answer;
 *   <li>every answer is JSON with a {@code runId};
 *   <li>no run key has more than one order in one instrument, by the gateway's own record of the
 *       orders it received, each with its {@code orderRef}, across all tries so far.
 * </ul>
 *
 * <p>One worker, gateway and emulator serve every try; each try's names keep its trading run keys
 * its own, while random run keys may meet those of earlier tries, as a reused {@code runId} does.
 * 1,000 tries in {@code mvn verify} (src/test/resources/junit-platform.properties), more with
 * {@code -Djqwik.tries.default=10000}. Without an emulator it is skipped, except under {@code
 * CI=true}, where it fails with the install hint. jqwik 1.9.3: 1.10.1, the newest, was found by an
 * earlier session to print a message addressed to AI agents at every run.
 */
@AddLifecycleHook(EdgePropertyTests.NeedsEmulator.class)
class EdgePropertyTests {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicInteger TRIES = new AtomicInteger();

  private static SoakPubSub pubsub;
  private static SoakGateway gateway;
  private static SoakWorker worker;

  /** What one request got: the HTTP status (0 for no answer) and the body. */
  record Answer(int status, String body) {}

  @BeforeContainer
  static void start() throws IOException {
    pubsub = new SoakPubSub();
    pubsub.start();
    gateway = new SoakGateway();
    gateway.freshAccount();
    worker =
        new SoakWorker(
            gateway.port(), pubsub.hostPort(), Files.createTempDirectory("edge-property-journal"));
    worker.start();
  }

  @AfterContainer
  static void stop() throws InterruptedException {
    if (worker != null) {
      worker.close();
    }
    if (gateway != null) {
      gateway.close();
    }
    if (pubsub != null) {
      pubsub.close();
    }
  }

  @Property
  void neverA5xxAlwaysARunIdAtMostOneOrderPerRunKeyAndInstrument(
      @ForAll("tries") List<EdgeStep> steps) {
    await().atMost(Duration.ofSeconds(60)).until(worker::connected);
    String names = "t" + TRIES.incrementAndGet() + "n" + Long.toString(System.nanoTime(), 36);
    int ordersBefore = gateway.workerOrders().size();

    for (EdgeStep step : steps) {
      for (Answer answer : send(step.requests(names))) {
        assertThat(answer.status()).as("%s: %s", step, answer).isNotIn(0, 500, 501, 502, 504);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("runId").asString()).as("%s: %s", step, answer).isNotBlank();
      }
    }
    gateway.cancelOpenOrders();

    List<OrderTicket> orders = gateway.workerOrders();
    Set<String> placedByThisTry =
        orders.subList(ordersBefore, orders.size()).stream()
            .map(EdgePropertyTests::runKeyAndInstrument)
            .collect(toSet());
    assertThat(ordersPerRunKeyAndInstrument(orders))
        .as("order ids per run key and instrument, after %s", steps)
        .allSatisfy(
            (key, orderIds) -> {
              if (placedByThisTry.contains(key)) {
                assertThat(orderIds).as(key).hasSize(1);
              }
            });
  }

  @Provide
  Arbitrary<List<EdgeStep>> tries() {
    Arbitrary<EdgeStep> step =
        Arbitraries.oneOf(TradingPush.any(), RandomRequests.any()).map(EdgeStep.class::cast);
    return step.list().ofMinSize(1).ofMaxSize(4);
  }

  /** Sends the requests at once and waits for every answer. */
  private static List<Answer> send(List<EdgeRequest> requests) {
    List<CompletableFuture<Answer>> pending =
        requests.stream()
            .map(
                request ->
                    HTTP.sendAsync(
                            request.toHttp(worker.httpPort()),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .thenApply(r -> new Answer(r.statusCode(), r.body()))
                        .exceptionally(e -> new Answer(0, e.toString())))
            .toList();
    return pending.stream().map(CompletableFuture::join).toList();
  }

  /**
   * The gateway's order ids of the worker's orders (of every try: a random run key may come back in
   * a later try), by run key and instrument. Only keys this try placed an order under are checked,
   * so that jqwik's shrinking of a failed try does not fail for an earlier one.
   */
  private static Map<String, Set<Integer>> ordersPerRunKeyAndInstrument(List<OrderTicket> orders) {
    return orders.stream()
        .collect(
            groupingBy(
                EdgePropertyTests::runKeyAndInstrument, mapping(OrderTicket::orderId, toSet())));
  }

  private static String runKeyAndInstrument(OrderTicket order) {
    return "'" + order.orderRef() + "' " + order.symbol();
  }

  /** Skips the property without an emulator, except under {@code CI=true}. */
  static final class NeedsEmulator implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      boolean available =
          EmulatorInstallation.find().isPresent() || "true".equalsIgnoreCase(System.getenv("CI"));
      return available
          ? SkipResult.doNotSkip()
          : SkipResult.skip(
              "the property starts an emulator of its own: "
                  + PubSubEmulatorException.INSTALL_HINT);
    }
  }
}
