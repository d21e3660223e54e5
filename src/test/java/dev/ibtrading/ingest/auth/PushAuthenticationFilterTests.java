package dev.ibtrading.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PushAuthenticationFilterTests {

  private static MockHttpServletRequest request(String... headers) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/allocation");
    for (int i = 0; i < headers.length; i += 2) {
      request.addHeader(headers[i], headers[i + 1]);
    }
    return request;
  }

  @Test
  void bearerTokenIsTakenFromEitherHeaderServerlessFirst() {
    assertThat(PushAuthenticationFilter.bearerToken(request("Authorization", "Bearer a.b.c")))
        .isEqualTo("a.b.c");
    assertThat(PushAuthenticationFilter.bearerToken(request("Authorization", "bearer  x ")))
        .isEqualTo("x");
    assertThat(
            PushAuthenticationFilter.bearerToken(
                request(
                    "Authorization", "Bearer outer", "X-Serverless-Authorization", "Bearer in")))
        .isEqualTo("in");
  }

  @Test
  void noUsableTokenIsNull() {
    assertThat(PushAuthenticationFilter.bearerToken(request())).isNull();
    assertThat(PushAuthenticationFilter.bearerToken(request("Authorization", "Bearer "))).isNull();
    assertThat(PushAuthenticationFilter.bearerToken(request("Authorization", "Basic eA==")))
        .isNull();
    assertThat(PushAuthenticationFilter.bearerToken(request("Authorization", "Bearertoken")))
        .isNull();
  }

  @Test
  void anAuthenticatorThatThrowsIsAnswered503NotPassedOn() throws Exception {
    PushAuthenticationFilter filter =
        new PushAuthenticationFilter(
            token -> {
              throw new IllegalStateException("token " + token);
            });
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request("Authorization", "Bearer s3cret"), response, chain);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString()).contains("\"runId\":\"gen:").doesNotContain("s3cret");
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void anAllowedRequestIsPassedOn() throws Exception {
    PushAuthenticationFilter filter = new PushAuthenticationFilter(PushAuthenticator.allowAll());
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request(), new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isNotNull();
  }
}
