package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A property of the whole push edge over HTTP (issue 16): random envelopes, attributes, options,
 * content types and headers, well-formed and not, on every trigger endpoint. Whatever arrives, the
 * answer is never a 5xx other than 503 (retry) and is always JSON with a {@code runId}. The edge
 * runs alone, with a recording handler (local profile, no authentication); that one run key never
 * trades twice is the run coordinator's property, tested by {@code FaultSoakTests}.
 *
 * <p>1,000 tries in {@code mvn verify}, more with {@code -Djqwik.tries.default=10000}
 * (src/test/resources/junit-platform.properties). jqwik 1.9.3: 1.10.1, the newest, was found by an
 * earlier session to print a message addressed to AI agents at every run.
 */
class EdgePropertyTests {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ConfigurableApplicationContext edge;
  private static int port;

  @BeforeContainer
  static void startEdge() {
    edge =
        new SpringApplicationBuilder(TriggerEndpointTests.App.class)
            .profiles("local")
            // arguments, since they beat application.properties' server.port=${PORT:8080}
            .run(
                "--server.port=0",
                "--ingest.max-body-bytes=2KB",
                "--management.endpoint.health.validate-group-membership=false");
    port = Integer.parseInt(edge.getEnvironment().getProperty("local.server.port"));
  }

  @AfterContainer
  static void stopEdge() {
    if (edge != null) {
      edge.close();
    }
  }

  /** One request: method, path, content type, extra header, body. */
  record Push(
      String method,
      String path,
      String contentType,
      Map.Entry<String, String> header,
      String body) {}

  @Property
  void everyAnswerIsJsonWithARunIdAndNever500(@ForAll("pushes") Push push) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + push.path()))
            .timeout(Duration.ofSeconds(30))
            .method(push.method(), HttpRequest.BodyPublishers.ofString(push.body()));
    if (push.contentType() != null) {
      request.header("Content-Type", push.contentType());
    }
    if (push.header() != null) {
      request.header(push.header().getKey(), push.header().getValue());
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).as(response.body()).isNotIn(500, 501, 502, 504);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("runId").asString()).as(response.body()).isNotBlank();
  }

  @Provide
  Arbitrary<Push> pushes() {
    Arbitrary<String> method = Arbitraries.of("POST", "POST", "POST", "GET", "PUT", "DELETE");
    Arbitrary<String> path =
        Arbitraries.of(
            "/allocation", "/risk-check", "/eod-check", "/summary", "/close-all", "/cash-balancer");
    Arbitrary<String> contentType =
        Arbitraries.of(
                "application/json",
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=latin1")
            .injectNull(0.2);
    Arbitrary<Map.Entry<String, String>> header =
        Arbitraries.of(
                Map.entry("X-CloudScheduler-ScheduleTime", "2025-01-03T14:35:00Z"),
                Map.entry("X-CloudScheduler-JobName", "allocation-daily"),
                Map.entry("Ce-Id", "123"),
                Map.entry("X-Goog-Pubsub-Message-Id", "9".repeat(300)),
                Map.entry("Authorization", "Bearer a.b.c"))
            .injectNull(0.5);
    Arbitrary<String> body = Arbitraries.oneOf(envelopes(), options(), junk());
    return Combinators.combine(method, path, contentType, header, body).as(Push::new);
  }

  private static Arbitrary<String> options() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.of(
                "true",
                "false",
                "null",
                "1e309",
                "-1e400",
                "0",
                "9999",
                "\"LMT\"",
                "\"own\"",
                "\"all\"",
                "[]",
                "{}",
                "[\"dummy\"]",
                "[\"\"]",
                "{\"orderType\":\"LMT\"}",
                "{\"limitOffsetBps\":1e309,\"orderType\":\"LOC\"}"),
            Arbitraries.strings().ofMaxLength(12).map(EdgePropertyTests::jsonString),
            Arbitraries.bigDecimals().map(Object::toString));
    Arbitrary<String> key =
        Arbitraries.oneOf(
            Arbitraries.of(
                "strategies", "dryRun", "orderProperties", "scope", "flatten", "limitOffsetBps"),
            Arbitraries.strings().ofMaxLength(8));
    return Combinators.combine(key, value)
        .as((k, v) -> jsonString(k) + ":" + v)
        .list()
        .ofMaxSize(4)
        .map(fields -> "{" + String.join(",", fields) + "}");
  }

  private static Arbitrary<String> envelopes() {
    Arbitrary<String> data =
        Arbitraries.oneOf(
            options().map(o -> jsonString(base64(o))),
            Arbitraries.strings().ofMaxLength(20).map(EdgePropertyTests::jsonString),
            Arbitraries.of("null", "1", "\"%%%\"", "\"e30\""));
    Arbitrary<String> attributes =
        Arbitraries.oneOf(
            Arbitraries.of(
                "{}",
                "null",
                "[]",
                "{\"runId\":\"r-1\"}",
                "{\"runId\":\"\"}",
                "{\"intent\":\"summary\"}",
                "{\"intent\":\"allocation\"}",
                "{\"runId\":7}"),
            Arbitraries.strings().ofMaxLength(50).map(id -> "{\"runId\":" + jsonString(id) + "}"));
    Arbitrary<String> messageId =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(30).map(EdgePropertyTests::jsonString),
            Arbitraries.of("null", "1", "{}"));
    Arbitrary<String> attempt = Arbitraries.of("1", "0", "-1", "2.5", "\"1\"", "null", "1e309");
    return Combinators.combine(data, attributes, messageId, attempt)
        .as(
            (d, a, m, n) ->
                "{\"message\":{\"data\":"
                    + d
                    + ",\"attributes\":"
                    + a
                    + ",\"messageId\":"
                    + m
                    + ",\"publishTime\":\"2025-01-03T14:35:00Z\"},"
                    + "\"subscription\":\"projects/p/subscriptions/s\",\"deliveryAttempt\":"
                    + n
                    + "}");
  }

  private static Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(64),
        Arbitraries.of("", " ", "{", "[]", "null", "{\"message\":null}", "{}{}", "x".repeat(3000)));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON string literal of any text. */
  private static String jsonString(String text) {
    return JSON.writeValueAsString(text);
  }
}
