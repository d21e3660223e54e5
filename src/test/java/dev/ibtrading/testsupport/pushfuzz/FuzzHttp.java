package dev.ibtrading.testsupport.pushfuzz;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends raw requests to the worker on its port, HTTP/1.1, with a per-request timeout: a request the
 * worker does not answer in time fails the test as a hang.
 */
public final class FuzzHttp {
  /** The longest any answer may take. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final int port;

  public FuzzHttp(int port) {
    this.port = port;
  }

  /** POSTs the case with extra headers as name, value pairs. */
  public HttpResponse<byte[]> send(PushCase pushCase, String... headers) {
    HttpRequest.BodyPublisher body =
        pushCase.chunked()
            ? HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(pushCase.body()))
            : HttpRequest.BodyPublishers.ofByteArray(pushCase.body());
    return send("POST", pushCase.path(), body, pushCase.contentType(), headers);
  }

  /** Any method, path, body and content type (null: none). */
  public HttpResponse<byte[]> send(
      String method,
      String path,
      HttpRequest.BodyPublisher body,
      String contentType,
      String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(TIMEOUT)
            .method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new AssertionError(
          method + " " + path + " got no answer within " + TIMEOUT + " (a hang)", e);
    } catch (Exception e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    }
  }
}
