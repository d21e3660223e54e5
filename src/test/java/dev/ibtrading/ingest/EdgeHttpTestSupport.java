package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ingest.IngestHttp.Answer;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.Trigger;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Shared support for the edge's HTTP tests: the edge-only {@link TriggerEndpointTests.App} (kept in
 * a test class so that component scanning of the application skips it), the random port, a fresh
 * {@link IngestHttp} and a reset handler before each test, and the assertions on what the handler
 * was handed.
 */
abstract class EdgeHttpTestSupport {

  /**
   * {@link TriggerEndpointTests.App} on a random port, auth {@code none} (local profile), a 2 KB
   * body limit.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @SpringBootTest(
      classes = TriggerEndpointTests.App.class,
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {
        "ingest.max-body-bytes=2KB",
        "management.endpoint.health.validate-group-membership=false"
      })
  @ActiveProfiles("local")
  @interface LocalEdgeTest {}

  @LocalServerPort int port;
  @Autowired RecordingTriggerHandler handler;
  IngestHttp http;

  @BeforeEach
  void setUpEdgeHttp() {
    handler.reset();
    http = new IngestHttp(port);
  }

  final Trigger onlyTrigger() {
    assertThat(handler.only()).isInstanceOf(Trigger.class);
    return (Trigger) handler.only();
  }

  final Rejection onlyRejection() {
    assertThat(handler.only()).isInstanceOf(Rejection.class);
    return (Rejection) handler.only();
  }

  /** 200, the handler's body, and the run key of what the handler received as runId. */
  final void assertAcknowledged(Answer answer) {
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.runId()).isEqualTo(handler.only().runKey().value());
  }
}
