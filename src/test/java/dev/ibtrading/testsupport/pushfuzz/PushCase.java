package dev.ibtrading.testsupport.pushfuzz;

import java.nio.charset.StandardCharsets;

/**
 * One generated request to a trigger endpoint.
 *
 * @param path the endpoint, e.g. {@code /allocation}
 * @param contentType the Content-Type header; null sends none
 * @param body the raw body bytes
 * @param chunked send without Content-Length (chunked), as a stream of unknown length
 * @param expect what the answer may be
 * @param cause for {@link Expect#REJECTED}: the rejection's error code, e.g. {@code
 *     data-not-base64}; otherwise null
 * @param description what was broken, for the failure message
 */
public record PushCase(
    String path,
    String contentType,
    byte[] body,
    boolean chunked,
    Expect expect,
    String cause,
    String description) {

  private static final int SHOWN_BODY_CHARS = 300;

  static PushCase rejected(String path, byte[] body, String cause, String description) {
    return new PushCase(path, "application/json", body, false, Expect.REJECTED, cause, description);
  }

  static PushCase acknowledged(String path, byte[] body, String description) {
    return new PushCase(
        path, "application/json", body, false, Expect.ACKNOWLEDGED, null, description);
  }

  static PushCase tooLarge(String path, byte[] body, boolean chunked, String description) {
    return new PushCase(
        path, "application/json", body, chunked, Expect.TOO_LARGE, null, description);
  }

  /** The case for a failure message: what, where, and the body truncated to printable ASCII. */
  public String shown() {
    String text =
        new String(body, 0, Math.min(body.length, SHOWN_BODY_CHARS * 4), StandardCharsets.UTF_8);
    String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
    if (printable.length() > SHOWN_BODY_CHARS) {
      printable = printable.substring(0, SHOWN_BODY_CHARS) + "...";
    }
    return "%s to POST %s (Content-Type %s, %d bytes%s, expected %s%s): %s"
        .formatted(
            description,
            path,
            contentType,
            body.length,
            chunked ? ", chunked" : "",
            expect,
            cause == null ? "" : " " + cause,
            printable);
  }

  PushCase with(String type, boolean sendChunked) {
    return new PushCase(path, type, body, sendChunked, expect, cause, description);
  }
}
