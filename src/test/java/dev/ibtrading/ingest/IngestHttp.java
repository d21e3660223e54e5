package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the worker on its random port. */
final class IngestHttp {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;

  IngestHttp(int port) {
    this.port = port;
  }

  /** An answer: status and parsed JSON body (every ingest answer is JSON). */
  record Answer(int status, JsonNode body, HttpResponse<String> raw) {
    String runId() {
      return body.path("runId").asString();
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(20));
  }

  Answer post(String path, String body, String contentType, String... headers) {
    HttpRequest.Builder request =
        request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  Answer postJson(String path, String body, String... headers) {
    return post(path, body, "application/json", headers);
  }

  Answer get(String path, String... headers) {
    HttpRequest.Builder request = request(path).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** Status of a GET that need not be an ingest answer (health, actuator). */
  int status(String path) {
    try {
      return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      throw new AssertionError("GET " + path + " failed: " + e, e);
    }
  }

  Answer send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
    }
    assertThat(response.headers().firstValue("Content-Type"))
        .as("content type of %s %s", request.method(), request.uri())
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return new Answer(response.statusCode(), JSON.readTree(response.body()), response);
  }
}
