package dev.ibtrading.ingest;

import dev.ibtrading.trigger.RunKey;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last line of the "never 500" rule for the trigger endpoints: anything that escapes them (a
 * broken connection while reading the body, a bug) is logged and answered 503, which Pub/Sub
 * retries, with a JSON body and a generated {@code runId}.
 */
@RestControllerAdvice(assignableTypes = TriggerController.class)
class TriggerExceptionAdvice {
  private static final Logger log = LoggerFactory.getLogger(TriggerExceptionAdvice.class);

  @ExceptionHandler(Exception.class)
  void unexpected(Exception e, HttpServletResponse response) throws IOException {
    RunKey runKey = RunKey.generated();
    log.error("Trigger endpoint failed (run {}); answering 503", runKey, e);
    if (!response.isCommitted()) {
      response.reset();
      JsonResponses.write(
          response,
          503,
          JsonResponses.error(runKey, "retry", "unexpected " + e.getClass().getSimpleName()));
    }
  }
}
