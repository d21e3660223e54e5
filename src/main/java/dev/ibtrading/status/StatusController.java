package dev.ibtrading.status;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /status}: the {@link StatusReport} as JSON. {@code GET /}: the status page, one HTML
 * file whose inline script draws the report (embedded in the page, so it shows at once, then
 * refreshed from {@code /status}). Both are written straight to the response, so no {@code Accept}
 * header can turn them into a 406. Authentication happened in the push edge's filter.
 */
@RestController
class StatusController {
  static final String PAGE = "status.html";
  private static final String DATA_PLACEHOLDER = "/*STATUS_JSON*/null";
  private static final String NONCE_PLACEHOLDER = "{{nonce}}";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final StatusReporter reporter;
  private final String page;

  StatusController(StatusReporter reporter) {
    this.reporter = reporter;
    this.page = template();
  }

  @GetMapping("/status")
  void status(HttpServletResponse response) throws IOException {
    write(response, "application/json", StatusJson.write(reporter.report()));
  }

  @GetMapping("/")
  void page(HttpServletResponse response) throws IOException {
    byte[] nonceBytes = new byte[18];
    RANDOM.nextBytes(nonceBytes);
    String nonce = Base64.getEncoder().encodeToString(nonceBytes);
    String html =
        page.replace(NONCE_PLACEHOLDER, nonce)
            .replace(DATA_PLACEHOLDER, StatusJson.forScript(reporter.report()));
    // Only this response's own script and style run; the data is JSON, never markup.
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'nonce-%1$s'; style-src 'nonce-%1$s'; connect-src 'self';"
                .formatted(nonce)
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    write(response, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(HttpServletResponse response, String type, byte[] body)
      throws IOException {
    response.setStatus(200);
    response.setContentType(type);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  private static String template() {
    try (InputStream in = StatusController.class.getResourceAsStream(PAGE)) {
      if (in == null) {
        throw new IllegalStateException(PAGE + " is missing from the classpath next to this class");
      }
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!html.contains(DATA_PLACEHOLDER) || !html.contains(NONCE_PLACEHOLDER)) {
        throw new IllegalStateException(PAGE + " lacks its data or nonce placeholder");
      }
      return html;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PAGE, e);
    }
  }
}
