package dev.ibtrading.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body as raw bytes, whatever its content type, up to a limit. Raw bytes because
 * Spring's request body binding rebuilds a form-encoded body from request parameters: the Pub/Sub
 * emulator sends {@code application/x-www-form-urlencoded} for unwrapped pushes, and a JSON body
 * bound that way is garbled. Nothing before this may call {@code getParameter}, which would consume
 * such a body.
 */
final class BoundedBody {
  private BoundedBody() {}

  /** The body exceeds the limit; it is answered 413 without reading the rest. */
  static final class TooLargeException extends Exception {
    TooLargeException(String message) {
      super(message, null, false, false);
    }
  }

  static byte[] read(HttpServletRequest request, long maxBytes)
      throws IOException, TooLargeException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(declared + " bytes", maxBytes);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
      if (body.length > maxBytes) {
        throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
      }
      return body;
    }
  }

  private static TooLargeException tooLarge(String actual, long maxBytes) {
    return new TooLargeException(
        "body too large: "
            + actual
            + " (expected: <= "
            + maxBytes
            + " bytes, ingest.max-body-bytes)");
  }
}
