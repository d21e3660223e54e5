package dev.ibtrading.screenshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.ingest.IngestConfiguration;
import dev.ibtrading.ingest.TestTokens;
import dev.ibtrading.testsupport.XvfbDisplay;
import dev.ibtrading.testsupport.XvfbSupport;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code GET /screenshot.png} against a real Xvfb on this machine, with the push edge's
 * authentication as in production ({@code ingest.auth=cloud-run}): a test program's window of a
 * known colour, drawn by another JVM as the gateway draws its own, shows in the PNG at its place,
 * and nobody without an allowed account's token gets the picture.
 */
@ExtendWith(XvfbSupport.class)
@SpringBootTest(
    classes = ScreenshotHttpTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ingest.auth=cloud-run",
      "K_SERVICE=ib-test",
      "ingest.allowed-push-accounts=" + ScreenshotHttpTests.OPERATOR,
      "spring.cloud.gcp.pubsub.enabled=false",
      "management.endpoint.health.validate-group-membership=false"
    })
class ScreenshotHttpTests {
  static final String OPERATOR = "operator@project.iam.gserviceaccount.com";
  private static final int WIDTH = 640;
  private static final int HEIGHT = 480;
  // the window: 200 x 120 at (100, 80), in a colour neither Xvfb's root window nor black has
  private static final int X = 100;
  private static final int Y = 80;
  private static final int COLOUR = 0x2a9d5c;

  /** The screenshot endpoint and the push edge's authentication alone. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration(
      excludeName = "com.google.cloud.spring.autoconfigure.pubsub.GcpPubSubAutoConfiguration")
  @Import({IngestConfiguration.class, ScreenshotConfiguration.class, ScreenshotController.class})
  static class App {}

  private static final TestTokens TOKENS = TestTokens.generate("screenshot-test");
  private static XvfbDisplay xvfb;
  private static Process window;

  @DynamicPropertySource
  static void display(DynamicPropertyRegistry registry) {
    registry.add("screenshot.display", ScreenshotHttpTests::startDisplayWithWindow);
  }

  private static String startDisplayWithWindow() {
    try {
      xvfb = XvfbDisplay.start(WIDTH, HEIGHT);
      Path classes =
          Path.of(ColouredWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx64m",
                      "-Djava.awt.headless=false",
                      "-cp",
                      classes.toString(),
                      ColouredWindow.class.getName(),
                      String.valueOf(X),
                      String.valueOf(Y),
                      "200",
                      "120",
                      Integer.toHexString(COLOUR)))
              .redirectErrorStream(true);
      builder.environment().put("DISPLAY", xvfb.display());
      window = builder.start();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(window.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      if (!"shown".equals(line)) {
        throw new IllegalStateException("the test window did not show: " + line);
      }
      return xvfb.display();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopDisplay() throws InterruptedException {
    if (window != null) {
      window.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    if (xvfb != null) {
      xvfb.close();
    }
  }

  @LocalServerPort int port;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void theWindowOnTheDisplayShowsInThePngAtItsPlace() {
    String token = "Bearer " + cloudRunToken(OPERATOR);

    // the window is mapped when it says so; its pixels follow when the X server has drawn them
    BufferedImage image =
        await("the window's colour in the screenshot")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> screenshot(token), shot -> rgb(shot, X + 100, Y + 60) == COLOUR);

    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    for (int[] inside : new int[][] {{X, Y}, {X + 199, Y + 119}, {X + 100, Y + 60}}) {
      assertThat(rgb(image, inside[0], inside[1]))
          .as("inside at %d,%d", inside[0], inside[1])
          .isEqualTo(COLOUR);
    }
    for (int[] outside : new int[][] {{X - 1, Y}, {X + 200, Y + 119}, {10, 10}, {600, 400}}) {
      assertThat(rgb(image, outside[0], outside[1]))
          .as("outside at %d,%d", outside[0], outside[1])
          .isNotEqualTo(COLOUR);
    }
  }

  @Test
  void withoutAnAllowedAccountsTokenThereIsNoPicture() throws Exception {
    HttpResponse<byte[]> anonymous = get();
    HttpResponse<byte[]> stranger =
        get("Authorization", "Bearer " + cloudRunToken("x@example.com"));

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(stranger.statusCode()).isEqualTo(403);
    assertThat(new String(stranger.body(), StandardCharsets.UTF_8)).doesNotContain("PNG");
  }

  private BufferedImage screenshot(String token) throws Exception {
    HttpResponse<byte[]> response = get("X-Serverless-Authorization", token);
    assertThat(response.statusCode())
        .as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    return ImageIO.read(new ByteArrayInputStream(response.body()));
  }

  private HttpResponse<byte[]> get(String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ScreenshotController.PATH))
            .timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static int rgb(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) & 0xffffff;
  }

  /** A token as Cloud Run passes it on: verified, then its signature replaced. */
  private static String cloudRunToken(String email) {
    return TestTokens.signatureRemoved(TOKENS.sign(TOKENS.claims().withEmail(email)));
  }
}
