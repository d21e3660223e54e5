package dev.ibtrading.testsupport.pushfuzz;

import dev.ibtrading.trigger.Intent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Envelopes whose {@code message.data} is broken: not strict standard base64, or base64 of
 * something that is not a JSON object (text, invalid UTF-8, scalars, arrays, deep nesting).
 */
final class DataCases {
  private static final String NOT_BASE64 = "data-not-base64";
  private static final String NOT_JSON_OBJECT = "data-not-json-object";

  private final Random random;

  DataCases(Random random) {
    this.random = random;
  }

  /** {@code message.data} that strict standard base64 refuses. */
  PushCase badBase64(Intent intent, String messageId) {
    String valid = Envelope.base64(Envelope.bytes(OptionSpecs.validDryRun(intent, random)));
    String data;
    String what;
    switch (random.nextInt(5)) {
      case 0 -> {
        int at = random.nextInt(valid.length());
        char bad = "%!*.,;~\"'<>?".charAt(random.nextInt(12));
        data = valid.substring(0, at) + bad + valid.substring(at + 1);
        what = "invalid character '" + bad + "'";
      }
      case 1 -> {
        data = valid.endsWith("=") ? valid.substring(0, valid.length() - 1) : valid + "==";
        what = "wrong padding";
      }
      case 2 -> {
        data = urlSafeOnly();
        what = "URL-safe alphabet";
      }
      case 3 -> {
        data =
            valid.substring(0, 4) + (random.nextBoolean() ? "\r\n" : "    ") + valid.substring(4);
        what = "whitespace inside (MIME style)";
      }
      default -> {
        data = valid.substring(0, valid.length() - 4) + "\u00e9\u00e9\u00e9\u00e9";
        what = "non-ASCII characters";
      }
    }
    return PushCase.rejected(
        intent.path(), Envelope.bytes(Envelope.of(messageId, data)), NOT_BASE64, what);
  }

  /** Valid base64 of something that is not a JSON object. */
  PushCase notAJsonObject(Intent intent, String messageId) {
    NotAnObject content = NotAnObject.random(random);
    String data = Envelope.base64(content.bytes());
    return PushCase.rejected(
        intent.path(),
        Envelope.bytes(Envelope.of(messageId, data)),
        NOT_JSON_OBJECT,
        "data: " + content.what());
  }

  /** Base64 in the URL-safe alphabet that contains at least one '-' or '_'. */
  private String urlSafeOnly() {
    while (true) {
      byte[] bytes = new byte[3 + random.nextInt(60)];
      random.nextBytes(bytes);
      String encoded = Base64.getUrlEncoder().encodeToString(bytes);
      if (encoded.contains("-") || encoded.contains("_")) {
        return encoded;
      }
    }
  }

  /** Bytes that parse to no JSON object, and what they are. */
  record NotAnObject(byte[] bytes, String what) {
    static NotAnObject random(Random random) {
      return switch (random.nextInt(8)) {
        case 0 -> text("buy everything", "plain text");
        case 1 -> {
          byte[] bytes = new byte[1 + random.nextInt(40)];
          random.nextBytes(bytes);
          bytes[0] = (byte) 0xFF; // never blank, never valid UTF-8
          yield new NotAnObject(bytes, "random non-UTF-8 bytes");
        }
        case 2 -> {
          byte[] prefix = "{\"dryRun\":\"".getBytes(StandardCharsets.UTF_8);
          byte[] bytes = Arrays.copyOf(prefix, prefix.length + 3);
          bytes[prefix.length] = (byte) 0xC3; // a truncated two-byte sequence
          bytes[prefix.length + 1] = '"';
          bytes[prefix.length + 2] = '}';
          yield new NotAnObject(bytes, "invalid UTF-8 inside a string");
        }
        case 3 ->
            text(
                List.of("[]", "[{\"dryRun\":true}]", "42", "-1.5e300", "null", "true", "\"{}\"")
                    .get(random.nextInt(7)),
                "JSON of the wrong shape");
        case 4 -> text("{\"dryRun\":true} {}", "trailing content");
        case 5 -> text("{\"dryRun\":true,\"dryRun\":false}", "duplicate key");
        case 6 -> text("{\"dryRun\":tru", "truncated JSON");
        default -> text(JunkJson.veryDeep(random), "thousands of levels of nesting");
      };
    }

    private static NotAnObject text(String text, String what) {
      return new NotAnObject(text.getBytes(StandardCharsets.UTF_8), what);
    }
  }
}
