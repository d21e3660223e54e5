package dev.ibtrading.ingest.auth;

import dev.ibtrading.ingest.JsonResponses;
import dev.ibtrading.trigger.RunKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests to the trigger endpoints before anything reads their body: 401 without a
 * valid token, 403 for a valid token of an identity that may not trigger runs. Both are answered as
 * JSON with a generated {@code runId}; Pub/Sub retries them, which is right for a configuration
 * error that an operator fixes. Health endpoints are not behind this filter ({@link
 * CallerIdentityFilter} only names their caller); {@code /actuator/metrics} is.
 *
 * <p>The token is taken from {@code X-Serverless-Authorization} if present, else from {@code
 * Authorization}: Cloud Run checks the former first when both are sent, so only that one is the
 * token Cloud Run verified.
 */
public final class PushAuthenticationFilter extends OncePerRequestFilter {
  static final String SERVERLESS_AUTHORIZATION = "X-Serverless-Authorization";
  static final String AUTHORIZATION = "Authorization";

  private static final Logger log = LoggerFactory.getLogger(PushAuthenticationFilter.class);
  private static final String BEARER = "Bearer ";

  private final PushAuthenticator authenticator;

  public PushAuthenticationFilter(PushAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    AuthDecision decision;
    try {
      decision = authenticator.authenticate(bearerToken(request));
    } catch (RuntimeException e) {
      // Never 500; the exception's message is not echoed, it might quote the token.
      log.error("Authentication failed unexpectedly: {}", e.getClass().getName());
      JsonResponses.write(
          response, 503, JsonResponses.error(RunKey.generated(), "retry", "authentication failed"));
      return;
    }
    switch (decision.verdict()) {
      case ALLOWED -> {
        log.debug("{} {} by {}", request.getMethod(), request.getRequestURI(), decision.detail());
        chain.doFilter(request, response);
      }
      case UNAUTHENTICATED -> {
        response.setHeader("WWW-Authenticate", "Bearer");
        refuse(request, response, 401, "unauthenticated", decision.detail());
      }
      case FORBIDDEN -> refuse(request, response, 403, "forbidden", decision.detail());
    }
  }

  /** The bearer token, or null if the request has none. */
  static String bearerToken(HttpServletRequest request) {
    String header = request.getHeader(SERVERLESS_AUTHORIZATION);
    if (header == null) {
      header = request.getHeader(AUTHORIZATION);
    }
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    String token = header.substring(BEARER.length()).strip();
    return token.isEmpty() ? null : token;
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String label,
      String reason)
      throws IOException {
    RunKey runKey = RunKey.generated();
    log.warn(
        "Refused {} {} with {} (run {}): {}",
        request.getMethod(),
        request.getRequestURI(),
        status,
        runKey,
        reason);
    JsonResponses.write(response, status, JsonResponses.error(runKey, label, reason));
  }
}
