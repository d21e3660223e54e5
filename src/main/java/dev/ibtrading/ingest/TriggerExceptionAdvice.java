package dev.ibtrading.ingest;

import dev.ibtrading.trigger.RunKey;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The last line of the "never 500" rule for the trigger endpoints: anything that escapes them (a
 * broken connection while reading the body, a bug) is logged and answered 503, which Pub/Sub
 * retries, with a JSON body and a generated {@code runId}. A client that went away (reset, broken
 * pipe, end of stream inside its body) is no fault of the worker and nobody is left to answer: it
 * is logged at DEBUG only, recognised by Spring's own {@link DisconnectedClientHelper}.
 */
@RestControllerAdvice(assignableTypes = TriggerController.class)
class TriggerExceptionAdvice {
  private static final Logger log = LoggerFactory.getLogger(TriggerExceptionAdvice.class);

  @ExceptionHandler(Exception.class)
  void unexpected(Exception e, HttpServletResponse response) throws IOException {
    if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
      log.debug("Trigger endpoint: the client went away ({})", describe(e));
      return;
    }
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

  /** The exception and its cause's class names, e.g. {@code ClientAbortException: EOFException}. */
  private static String describe(Throwable e) {
    Throwable cause = e.getCause();
    return e.getClass().getSimpleName()
        + (cause == null ? "" : ": " + cause.getClass().getSimpleName());
  }
}
