package dev.ibtrading.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GETs against a worker on a loopback port, with bounded timeouts. */
final class StatusHttp {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;

  StatusHttp(int port) {
    this.port = port;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** GET {@code path} with {@code headers} as name, value pairs. */
  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError("GET " + path + " failed: " + e, e);
    }
  }

  /** GET /status, expecting 200, as JSON. */
  JsonNode status() {
    HttpResponse<String> response = get("/status");
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET /status answered " + response.statusCode() + " (expected 200): " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
