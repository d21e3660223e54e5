package dev.ibtrading.soak;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request to the worker's edge, well-formed or not: method, path, content type (none when
 * null), one extra header (none when null) and body. It is a {@link EdgeStep} of its own, sent
 * once.
 */
record EdgeRequest(
    String method, String path, String contentType, Map.Entry<String, String> header, String body)
    implements EdgeStep {

  @Override
  public List<EdgeRequest> requests(String names) {
    return List.of(this);
  }

  HttpRequest toHttp(int port) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (header != null) {
      request.header(header.getKey(), header.getValue());
    }
    return request.build();
  }
}
