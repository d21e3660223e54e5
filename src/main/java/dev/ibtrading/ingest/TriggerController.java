package dev.ibtrading.ingest;

import dev.ibtrading.ingest.auth.PushAuthenticationFilter;
import dev.ibtrading.summary.SummaryOptions;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import dev.ibtrading.trigger.TriggerHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The push edge's endpoints, one per {@link Intent}. Each accepts a Pub/Sub push envelope or a
 * plain JSON body (Cloud Scheduler HTTP target, manual call) with any content type, and answers
 * JSON with a {@code runId}: 200 acknowledged (rejections included), 503 retry, 413 for a body over
 * {@code ingest.max-body-bytes}. Authentication happened in {@link PushAuthenticationFilter}.
 */
@RestController
class TriggerController {
  private final TriggerParser parser = new TriggerParser();
  private final TriggerDispatcher dispatcher;
  private final long maxBodyBytes;

  TriggerController(TriggerHandler handler, IngestProperties properties) {
    this.dispatcher = new TriggerDispatcher(handler);
    this.maxBodyBytes = properties.maxBodyBytes().toBytes();
  }

  @PostMapping("/allocation")
  void allocation(HttpServletRequest request, HttpServletResponse response) throws IOException {
    receive(Intent.ALLOCATION, request, response);
  }

  @PostMapping("/risk-check")
  void riskCheck(HttpServletRequest request, HttpServletResponse response) throws IOException {
    receive(Intent.RISK_CHECK, request, response);
  }

  @PostMapping("/eod-check")
  void eodCheck(HttpServletRequest request, HttpServletResponse response) throws IOException {
    receive(Intent.EOD_CHECK, request, response);
  }

  @PostMapping("/summary")
  void summary(HttpServletRequest request, HttpServletResponse response) throws IOException {
    receive(Intent.SUMMARY, request, response);
  }

  @PostMapping("/close-all")
  void closeAll(HttpServletRequest request, HttpServletResponse response) throws IOException {
    receive(Intent.CLOSE_ALL, request, response);
  }

  @PostMapping("/cash-balancer")
  void cashBalancer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    receive(Intent.CASH_BALANCER, request, response);
  }

  /** The account summary on demand: a read-only direct trigger with a generated run key. */
  @GetMapping("/summary")
  void summaryNow(HttpServletResponse response) throws IOException {
    Trigger trigger =
        new Trigger(
            Intent.SUMMARY, RunKey.generated(), new SummaryOptions(false), Delivery.direct());
    dispatcher.answerOnce(trigger, response);
  }

  /**
   * Any other method on a trigger path: 405 as JSON with a {@code runId}, like every answer of the
   * edge, instead of Spring Boot's error page (whitelabel HTML for a browser).
   */
  @RequestMapping({
    "/allocation",
    "/risk-check",
    "/eod-check",
    "/summary",
    "/close-all",
    "/cash-balancer"
  })
  void otherMethod(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String allowed = request.getRequestURI().equals("/summary") ? "GET, HEAD, POST" : "POST";
    response.setHeader("Allow", allowed);
    JsonResponses.write(
        response,
        405,
        JsonResponses.error(
            RunKey.generated(),
            "method-not-allowed",
            "method "
                + RunKey.printable(request.getMethod())
                + " is not allowed (expected: "
                + allowed
                + ")"));
  }

  private void receive(Intent intent, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body;
    try {
      body = BoundedBody.read(request, maxBodyBytes);
    } catch (BoundedBody.TooLargeException e) {
      dispatcher.tooLarge(intent, e.getMessage(), response);
      return;
    }
    dispatcher.answer(parser.parse(intent, body, RequestHeaders.from(request)), response);
  }
}
