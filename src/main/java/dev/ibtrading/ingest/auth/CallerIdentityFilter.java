package dev.ibtrading.ingest.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the caller of an endpoint that answers everybody, the health probes: a request whose token
 * the triggers would accept gets that identity as its {@link HttpServletRequest#getUserPrincipal()
 * principal}, any other request passes on as it came, never refused (Cloud Run's probes carry no
 * token). The actuator's {@code show-details=when-authorized} shows details only to a request with
 * a principal, so the readiness details (account, gateway host and port) reach only callers who
 * could trigger runs anyway.
 */
public final class CallerIdentityFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(CallerIdentityFilter.class);

  private final PushAuthenticator authenticator;

  public CallerIdentityFilter(PushAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    AuthDecision decision;
    try {
      decision = authenticator.authenticate(PushAuthenticationFilter.bearerToken(request));
    } catch (RuntimeException e) {
      // anonymous then; the message is not logged, it might quote the token
      log.debug("Caller not identified: {}", e.getClass().getName());
      decision = AuthDecision.unauthenticated("authentication failed");
    }
    if (decision.verdict() != AuthDecision.Verdict.ALLOWED) {
      chain.doFilter(request, response);
      return;
    }
    Principal caller = decision::detail;
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public Principal getUserPrincipal() {
            return caller;
          }
        },
        response);
  }
}
