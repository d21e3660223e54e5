package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ingest.IngestHttp.Answer;
import dev.ibtrading.riskcheck.RiskCheckOptions;
import dev.ibtrading.trigger.RejectionCause;
import org.junit.jupiter.api.Test;

/**
 * A trigger sent as {@code multipart/form-data} is read raw like any other content type: Spring's
 * multipart parsing is off, so it neither consumes the body nor answers 500 for a body that is not
 * multipart.
 */
@EdgeHttpTestSupport.LocalEdgeTest
class MultipartContentTypeTests extends EdgeHttpTestSupport {

  @Test
  void anEnvelopeSentAsMultipartIsATrigger() {
    String body = Envelopes.full("{\"dryRun\":true}", "{}");

    assertAcknowledged(http.post("/risk-check", body, "multipart/form-data; boundary=x"));

    assertThat(onlyTrigger().options()).isEqualTo(new RiskCheckOptions(true));
  }

  @Test
  void aRealMultipartBodyIsARejectionNotA500() {
    String body = "--x\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n--x--\r\n";

    Answer answer = http.post("/risk-check", body, "multipart/form-data; boundary=x");

    assertAcknowledged(answer);
    assertThat(onlyRejection().cause()).isEqualTo(RejectionCause.BODY_NOT_JSON);
  }

  @Test
  void multipartWithoutABoundaryIsARejectionNotA500() {
    assertAcknowledged(http.post("/summary", "{\"message\":{\"data\":1}}", "multipart/form-data"));

    assertThat(onlyRejection().cause()).isEqualTo(RejectionCause.INVALID_ENVELOPE);
  }
}
