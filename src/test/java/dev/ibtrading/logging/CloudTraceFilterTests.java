package dev.ibtrading.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.spring.core.GcpProjectIdProvider;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CloudTraceFilterTests {
  private static final String TRACE_ID = "105445aa7843bc8bf206b12000100000";

  private static CloudTraceFilter filter(String project) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (project != null) {
      beans.addBean("projectIds", (GcpProjectIdProvider) () -> project);
    }
    return new CloudTraceFilter(beans.getBeanProvider(GcpProjectIdProvider.class));
  }

  @Test
  void namesTheTraceOfTheProject() {
    assertThat(filter("my-project").trace(TRACE_ID + "/1;o=1"))
        .isEqualTo("projects/my-project/traces/" + TRACE_ID);
    assertThat(filter("my-project").trace(TRACE_ID)).endsWith(TRACE_ID);
  }

  @Test
  void ignoresMalformedHeadersAndAMissingProject() {
    assertThat(filter("p").trace(null)).isNull();
    assertThat(filter("p").trace("not-a-trace/1;o=1")).isNull();
    assertThat(filter("p").trace(TRACE_ID + "00/1")).isNull();
    assertThat(filter(null).trace(TRACE_ID + "/1;o=1")).isNull();
  }

  @Test
  void holdsTheTraceWhileTheRequestRunsAndRemovesItAfter() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/summary");
    request.addHeader(CloudTraceFilter.HEADER, TRACE_ID + "/7;o=1");
    AtomicReference<String> during = new AtomicReference<>();

    filter("p")
        .doFilter(
            request, new MockHttpServletResponse(), (req, res) -> during.set(MDC.get("trace")));

    assertThat(during.get()).isEqualTo("projects/p/traces/" + TRACE_ID);
    assertThat(MDC.get("trace")).isNull();
  }
}
