package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.ibtrading.testsupport.LogCapture;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A client that goes away in the middle of its body is not the worker's error: it is logged at
 * DEBUG, without a stack trace at ERROR (issue 16, point 7), and no run starts.
 */
@EdgeHttpTestSupport.LocalEdgeTest
class ClientAbortLogTests extends EdgeHttpTestSupport {
  private static final String HEAD =
      "POST /risk-check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: 1000\r\n\r\n{\"dryRun\"";

  @Test
  void aResetConnectionIsLoggedAtDebug() throws Exception {
    assertLoggedAtDebugOnly(true);
  }

  @Test
  void aClosedConnectionIsLoggedAtDebug() throws Exception {
    assertLoggedAtDebugOnly(false);
  }

  private void assertLoggedAtDebugOnly(boolean reset) throws Exception {
    try (LogCapture advice = LogCapture.of(TriggerExceptionAdvice.class);
        LogCapture all = LogCapture.everything()) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        OutputStream out = socket.getOutputStream();
        out.write(HEAD.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(200); // the request reaches the controller, which waits for the rest
        if (reset) {
          socket.setSoLinger(true, 0);
        } else {
          socket.shutdownOutput();
        }
      }
      Instant patience = Instant.now().plus(Duration.ofSeconds(20));
      while (advice.messages(Level.DEBUG).isEmpty()
          && advice.messages(Level.ERROR).isEmpty()
          && Instant.now().isBefore(patience)) {
        Thread.sleep(20);
      }
      assertThat(advice.messages(Level.DEBUG))
          .singleElement()
          .asString()
          .contains("client went away");
      List<String> errors = all.messages(Level.ERROR);
      assertThat(errors).isEmpty();
    }
    assertThat(handler.received()).isEmpty();
  }
}
