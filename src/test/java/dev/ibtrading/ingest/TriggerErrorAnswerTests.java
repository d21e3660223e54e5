package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.testsupport.pushfuzz.FuzzHttp;
import dev.ibtrading.testsupport.pushfuzz.PushAnswers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * What the trigger paths answer outside the push contract: another method than POST is a JSON 405
 * with a {@code runId} and an {@code Allow} header, never Spring Boot's whitelabel HTML page, and
 * an unknown path is a 404. The trigger endpoints declare no content type, so there is no 415.
 */
@EdgeHttpTestSupport.LocalEdgeTest
class TriggerErrorAnswerTests extends EdgeHttpTestSupport {

  @ParameterizedTest
  @CsvSource({
    "PUT, /allocation, POST",
    "DELETE, /risk-check, POST",
    "PATCH, /eod-check, POST",
    "GET, /close-all, POST",
    "GET, /allocation, POST",
    "PUT, /summary, 'GET, HEAD, POST'",
    "FOO, /close-all, POST"
  })
  void anotherMethodIsAJson405WithARunId(String method, String path, String allowed) {
    for (String accept : new String[] {"text/html", "application/json", "*/*"}) {
      HttpResponse<byte[]> response = send(method, path, "Accept", accept);

      assertThat(response.statusCode()).as("%s %s, Accept %s", method, path, accept).isEqualTo(405);
      JsonNode body = json(response);
      assertThat(body.path("runId").asString()).startsWith("gen:");
      assertThat(body.path("status").asString()).isEqualTo("method-not-allowed");
      assertThat(response.headers().firstValue("Allow")).hasValue(allowed);
    }
    assertThat(handler.received()).isEmpty();
  }

  /**
   * A form body on PUT, PATCH or DELETE with a stray {@code %}: Spring's form filter parsed it
   * before the 405 and answered 500 (found by {@code soak.EdgePropertyTests}).
   */
  @ParameterizedTest
  @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
  void aBrokenFormBodyOnAnotherMethodIsStillAJson405(String method) {
    HttpResponse<byte[]> response =
        new FuzzHttp(port)
            .send(
                method,
                "/allocation",
                HttpRequest.BodyPublishers.ofString("a=%%&b=%zz", StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(json(response).path("runId").asString()).startsWith("gen:");
    assertThat(handler.received()).isEmpty();
  }

  /** Tomcat refuses TRACE itself, before the application: its 405 is Spring Boot's error page. */
  @Test
  void traceIsRefusedBeforeTheApplication() {
    HttpResponse<byte[]> response = send("TRACE", "/allocation", "Accept", "application/json");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(handler.received()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/allocations", "/allocation/x", "/ALLOCATION", "/close-all.json"})
  void anUnknownPathIs404(String path) {
    HttpResponse<byte[]> response = send("POST", path, "Accept", "application/json");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(handler.received()).isEmpty();
  }

  private HttpResponse<byte[]> send(String method, String path, String... headers) {
    HttpRequest.BodyPublisher body =
        method.equals("GET") || method.equals("TRACE")
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8);
    return new FuzzHttp(port).send(method, path, body, "application/json", headers);
  }

  private static JsonNode json(HttpResponse<byte[]> response) {
    return PushAnswers.jsonWithRunId(response);
  }
}
