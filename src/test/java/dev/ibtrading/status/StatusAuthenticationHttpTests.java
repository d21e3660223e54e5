package dev.ibtrading.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The status page behind the push edge's authentication as in production ({@code
 * ingest.auth=cloud-run}): no page and no data without a token of an allowed account.
 */
@SpringBootTest(
    classes = StatusGatewayDownTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ingest.auth=cloud-run",
      "K_SERVICE=ib-test",
      "ingest.allowed-push-accounts=" + StatusAuthenticationHttpTests.VIEWER,
      StatusGatewayDownTests.App.NO_PUBSUB,
      StatusGatewayDownTests.App.NO_GATEWAY_HEALTH
    })
class StatusAuthenticationHttpTests {
  static final String VIEWER = "status-viewer@project.iam.gserviceaccount.com";

  @LocalServerPort int port;

  /** A token as Cloud Run passes it on: verified, then its signature replaced. */
  private static String cloudRunToken(String email) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"email\":\""
            + email
            + "\",\"email_verified\":true,\"exp\":"
            + (java.time.Instant.now().getEpochSecond() + 3600)
            + "}";
    return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".SIGNATURE_REMOVED_BY_GOOGLE";
  }

  @Test
  void withoutATokenThePageAndItsDataAreRefused() {
    StatusHttp http = new StatusHttp(port);
    for (String path : new String[] {"/", "/status"}) {
      HttpResponse<String> response = http.get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).hasValue("Bearer");
      assertThat(response.body())
          .as(path)
          .contains("\"unauthenticated\"")
          .doesNotContain("<html")
          .doesNotContain(StatusGatewayDownTests.App.STRATEGY);
    }
  }

  @Test
  void anotherAccountsTokenIsForbidden() {
    StatusHttp http = new StatusHttp(port);
    String token = "Bearer " + cloudRunToken("someone@example.com");

    assertThat(http.get("/", "Authorization", token).statusCode()).isEqualTo(403);
    assertThat(http.get("/status", "Authorization", token).statusCode()).isEqualTo(403);
  }

  @Test
  void anAllowedAccountGetsThePageAndItsData() {
    StatusHttp http = new StatusHttp(port);
    String token = "Bearer " + cloudRunToken(VIEWER);

    HttpResponse<String> page = http.get("/", "X-Serverless-Authorization", token);
    HttpResponse<String> data = http.get("/status", "Authorization", token);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>ib-trading status</title>");
    assertThat(page.body()).doesNotContain(token.substring("Bearer ".length()));
    assertThat(data.statusCode()).isEqualTo(200);
    assertThat(data.body())
        .contains("\"strategies\":[\"" + StatusGatewayDownTests.App.STRATEGY + "\"]");
  }
}
