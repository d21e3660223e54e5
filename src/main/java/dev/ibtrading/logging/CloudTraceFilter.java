package dev.ibtrading.logging;

import com.google.cloud.spring.core.GcpProjectIdProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's Cloud Trace id into the log context, so every line logged while handling it
 * carries {@code logging.googleapis.com/trace} and Cloud Logging groups them under the request.
 * Cloud Run sends {@code X-Cloud-Trace-Context: TRACE_ID/SPAN_ID;o=OPTIONS} on every request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CloudTraceFilter extends OncePerRequestFilter {
  static final String HEADER = "X-Cloud-Trace-Context";
  private static final Pattern TRACE_ID = Pattern.compile("^([0-9a-fA-F]{32})(?:/.*)?$");

  private final ObjectProvider<GcpProjectIdProvider> projectIds;

  CloudTraceFilter(ObjectProvider<GcpProjectIdProvider> projectIds) {
    this.projectIds = projectIds;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String trace = trace(request.getHeader(HEADER));
    if (trace == null) {
      chain.doFilter(request, response);
      return;
    }
    MDC.put(LogContext.TRACE, trace);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(LogContext.TRACE);
    }
  }

  /** The trace resource name for a header value, or null when absent, malformed or no project. */
  String trace(String header) {
    if (header == null) {
      return null;
    }
    Matcher matcher = TRACE_ID.matcher(header.strip());
    GcpProjectIdProvider provider = projectIds.getIfAvailable();
    String project = provider == null ? null : provider.getProjectId();
    if (!matcher.matches() || project == null || project.isBlank()) {
      return null;
    }
    return "projects/" + project + "/traces/" + matcher.group(1).toLowerCase();
  }
}
