package dev.ibtrading.ingest;

import dev.ibtrading.trigger.RunKey;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the edge's JSON answers straight to the servlet response: no content negotiation, so an
 * unusual {@code Accept} header can never turn an acknowledgement into a 406.
 */
public final class JsonResponses {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonResponses() {}

  /** {@code {"runId": ..., "status": status, "error": error}}. */
  public static ObjectNode error(RunKey runKey, String status, String error) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("runId", runKey.value());
    body.put("status", status);
    body.put("error", error);
    return body;
  }

  public static void write(HttpServletResponse response, int status, ObjectNode body)
      throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }
}
