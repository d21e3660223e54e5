package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.testsupport.FuzzCases;
import dev.ibtrading.testsupport.FuzzSeed;
import dev.ibtrading.testsupport.pushfuzz.FuzzHttp;
import dev.ibtrading.testsupport.pushfuzz.PushAnswers;
import dev.ibtrading.testsupport.pushfuzz.PushCase;
import dev.ibtrading.testsupport.pushfuzz.PushCases;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.Trigger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Generated requests (seeded, {@code -Dfuzz.seed=N}; {@code -Dfuzz.cases=N} for more) against the
 * edge with a recording handler and the default 64 KB limit: every answer follows the edge's rules,
 * and the handler is handed exactly what the case deserves: a rejection with the layer that refused
 * it, a trigger, or nothing for a body over the limit.
 */
@SpringBootTest(
    classes = TriggerEndpointTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "management.endpoint.health.validate-group-membership=false")
@ActiveProfiles("local")
class PushEndpointFuzzTests extends EdgeHttpTestSupport {
  private static final int MAX_BODY_BYTES = 64 * 1024;

  @Test
  void everyGeneratedRequestGetsADocumentedAnswerAndTheRightHandoff() {
    long seed = FuzzSeed.get();
    PushCases generator = new PushCases(new Random(seed), MAX_BODY_BYTES, "edge-");
    FuzzHttp fuzz = new FuzzHttp(port);
    int cases = FuzzCases.count(250);
    for (int i = 0; i < cases; i++) {
      PushCase pushCase = generator.next(i);
      handler.reset();
      try {
        PushAnswers.check(pushCase, fuzz.send(pushCase));
        assertHandedOver(pushCase);
      } catch (AssertionError | RuntimeException e) {
        throw PushAnswers.failure(seed, i, pushCase, e);
      }
    }
    assertThat(http.status("/actuator/health/readiness")).isEqualTo(200);
  }

  private void assertHandedOver(PushCase pushCase) {
    switch (pushCase.expect()) {
      case TOO_LARGE -> assertThat(handler.received()).as("handed over").isEmpty();
      case ACKNOWLEDGED -> assertThat(handler.only()).isInstanceOf(Trigger.class);
      case REJECTED -> {
        Rejection rejection = onlyRejection();
        assertThat(rejection.cause().code()).as(rejection.reason()).isEqualTo(pushCase.cause());
        assertThat(rejection.reason()).isNotBlank();
      }
    }
  }
}
