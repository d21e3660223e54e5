package dev.ibtrading.soak;

import dev.ibtrading.trigger.Intent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A well-formed push that trades, delivered {@code copies} times at once, as Pub/Sub does when an
 * acknowledgement is late: an allocation ({@code dummy} buys SPY) or a close-all ({@code own} sells
 * it again), under run keys that collide on purpose. {@code runId} attributes are prefixes of each
 * other ({@code p}, {@code p:a}, {@code p:a:b}), one is spelled as the key another message derives
 * ({@code allocation:<messageId>}), and the few message ids are shared between steps, so a later
 * step of the same message is a redelivery.
 *
 * @param message which of the try's message ids
 * @param runId which of {@link #RUN_IDS}, or -1 for none (the key is derived from the message id)
 */
record TradingPush(Intent intent, int message, int runId, int copies) implements EdgeStep {

  /** {@code runId} attributes; {@code %s} stands for the try's names. */
  static final List<String> RUN_IDS = List.of("%s", "%s:a", "%s:a:b", "%s.a", "allocation:%sm0");

  static Arbitrary<TradingPush> any() {
    Arbitrary<Intent> intent =
        Arbitraries.of(Intent.ALLOCATION, Intent.ALLOCATION, Intent.CLOSE_ALL);
    Arbitrary<Integer> message = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> runId = Arbitraries.integers().between(-1, RUN_IDS.size() - 1);
    Arbitrary<Integer> copies = Arbitraries.of(1, 1, 2, 3);
    return Combinators.combine(intent, message, runId, copies).as(TradingPush::new);
  }

  @Override
  public List<EdgeRequest> requests(String names) {
    String attributes =
        runId < 0 ? "{}" : "{\"runId\":\"" + RUN_IDS.get(runId).formatted(names) + "\"}";
    String options =
        intent == Intent.ALLOCATION ? "{\"strategies\":[\"dummy\"]}" : "{\"scope\":\"own\"}";
    String data = Base64.getEncoder().encodeToString(options.getBytes(StandardCharsets.UTF_8));
    String envelope =
        """
        {"subscription":"projects/local-project/subscriptions/ib-%s-push",
        "message":{"data":"%s","attributes":%s,"messageId":"%sm%d","publishTime":"%s"}}
        """
            .formatted(intent.wireName(), data, attributes, names, message, Instant.now());
    EdgeRequest request =
        new EdgeRequest("POST", intent.path(), "application/json", null, envelope);
    return Collections.nCopies(copies, request);
  }

  @Override
  public String toString() {
    String key = runId < 0 ? "derived" : RUN_IDS.get(runId).formatted("<try>");
    return intent.wireName() + " m" + message + " runId " + key + " x" + copies;
  }
}
