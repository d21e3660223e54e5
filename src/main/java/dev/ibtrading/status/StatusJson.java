package dev.ibtrading.status;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of {@link StatusReport}, written like outcomes are: ISO-8601 times, plain decimals,
 * enums in lower case.
 */
final class StatusJson {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
          .build();

  private StatusJson() {}

  static byte[] write(StatusReport report) {
    return JSON.writeValueAsBytes(report);
  }

  /**
   * The report as JSON that can sit inside an HTML {@code <script>} element: {@code <}, {@code >}
   * and {@code &} escaped, so no value (a run id, an error code, a job's description) can end the
   * element or open markup.
   */
  static String forScript(StatusReport report) {
    String json = JSON.writeValueAsString(report);
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
