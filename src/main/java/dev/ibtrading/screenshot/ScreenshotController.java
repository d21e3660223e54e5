package dev.ibtrading.screenshot;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /screenshot.png}: the gateway's display now, as PNG; 503 with a plain-text reason when
 * there is none (no display configured, another screenshot in progress, the capture failed).
 * Written straight to the response, as the status page is, so no {@code Accept} header can turn it
 * into a 406. Authentication happened in the push edge's filter.
 */
@RestController
class ScreenshotController {
  static final String PATH = "/screenshot.png";

  private final DisplayScreenshots screenshots;

  ScreenshotController(DisplayScreenshots screenshots) {
    this.screenshots = screenshots;
  }

  @GetMapping(PATH)
  void screenshot(HttpServletResponse response) throws IOException {
    byte[] body;
    String type;
    try {
      body = screenshots.take();
      type = "image/png";
      response.setStatus(200);
      response.setHeader("Content-Disposition", "inline; filename=\"gateway-screen.png\"");
    } catch (ScreenshotUnavailableException e) {
      body = (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
      type = "text/plain;charset=UTF-8";
      response.setStatus(503);
    }
    response.setContentType(type);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
