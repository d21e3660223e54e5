package dev.ibtrading.soak;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random requests to every trigger endpoint, well-formed and not: methods, content types, the
 * headers Cloud Scheduler, Eventarc and Pub/Sub send (one of them absurdly long), and bodies that
 * are envelopes (random data, attributes, message ids and delivery attempts), bare options (the
 * intents' own keys with values that are wrong in type, non-finite or out of range) or junk. Some
 * of them are valid triggers and trade; their run keys are whatever the random attributes and
 * message ids make, shared across tries.
 */
final class RandomRequests {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RandomRequests() {}

  static Arbitrary<EdgeRequest> any() {
    Arbitrary<String> method = Arbitraries.of("POST", "POST", "POST", "GET", "PUT", "DELETE");
    Arbitrary<String> path =
        Arbitraries.of(
            "/allocation", "/risk-check", "/eod-check", "/summary", "/close-all", "/cash-balancer");
    Arbitrary<String> contentType =
        Arbitraries.of(
                "application/json",
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=latin1")
            .injectNull(0.2);
    Arbitrary<Map.Entry<String, String>> header =
        Arbitraries.of(
                Map.entry("X-CloudScheduler-ScheduleTime", "2025-01-03T14:35:00Z"),
                Map.entry("X-CloudScheduler-JobName", "allocation-daily"),
                Map.entry("Ce-Id", "123"),
                Map.entry("X-Goog-Pubsub-Message-Id", "9".repeat(300)),
                Map.entry("Authorization", "Bearer a.b.c"))
            .injectNull(0.5);
    Arbitrary<String> body = Arbitraries.oneOf(envelopes(), options(), junk());
    return Combinators.combine(method, path, contentType, header, body).as(EdgeRequest::new);
  }

  private static Arbitrary<String> options() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.of(
                "true",
                "false",
                "null",
                "1e309",
                "-1e400",
                "0",
                "9999",
                "\"LMT\"",
                "\"own\"",
                "\"all\"",
                "[]",
                "{}",
                "[\"dummy\"]",
                "[\"\"]",
                "{\"orderType\":\"LMT\"}",
                "{\"limitOffsetBps\":1e309,\"orderType\":\"LOC\"}"),
            Arbitraries.strings().ofMaxLength(12).map(RandomRequests::jsonString),
            Arbitraries.bigDecimals().map(Object::toString));
    Arbitrary<String> key =
        Arbitraries.oneOf(
            Arbitraries.of(
                "strategies", "dryRun", "orderProperties", "scope", "flatten", "limitOffsetBps"),
            Arbitraries.strings().ofMaxLength(8));
    return Combinators.combine(key, value)
        .as((k, v) -> jsonString(k) + ":" + v)
        .list()
        .ofMaxSize(4)
        .map(fields -> "{" + String.join(",", fields) + "}");
  }

  private static Arbitrary<String> envelopes() {
    Arbitrary<String> data =
        Arbitraries.oneOf(
            options().map(o -> jsonString(base64(o))),
            Arbitraries.strings().ofMaxLength(20).map(RandomRequests::jsonString),
            Arbitraries.of("null", "1", "\"%%%\"", "\"e30\""));
    Arbitrary<String> attributes =
        Arbitraries.oneOf(
            Arbitraries.of(
                "{}",
                "null",
                "[]",
                "{\"runId\":\"r-1\"}",
                "{\"runId\":\"\"}",
                "{\"intent\":\"summary\"}",
                "{\"intent\":\"allocation\"}",
                "{\"runId\":7}"),
            Arbitraries.strings().ofMaxLength(50).map(id -> "{\"runId\":" + jsonString(id) + "}"));
    Arbitrary<String> messageId =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(30).map(RandomRequests::jsonString),
            Arbitraries.of("null", "1", "{}"));
    Arbitrary<String> attempt = Arbitraries.of("1", "0", "-1", "2.5", "\"1\"", "null", "1e309");
    return Combinators.combine(data, attributes, messageId, attempt)
        .as(
            (d, a, m, n) ->
                "{\"message\":{\"data\":"
                    + d
                    + ",\"attributes\":"
                    + a
                    + ",\"messageId\":"
                    + m
                    + ",\"publishTime\":\"2025-01-03T14:35:00Z\"},"
                    + "\"subscription\":\"projects/p/subscriptions/s\",\"deliveryAttempt\":"
                    + n
                    + "}");
  }

  private static Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(64),
        Arbitraries.of("", " ", "{", "[]", "null", "{\"message\":null}", "{}{}", "x".repeat(3000)));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON string literal of any text. */
  private static String jsonString(String text) {
    return JSON.writeValueAsString(text);
  }
}
