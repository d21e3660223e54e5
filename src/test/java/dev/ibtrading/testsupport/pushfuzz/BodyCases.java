package dev.ibtrading.testsupport.pushfuzz;

import dev.ibtrading.trigger.Intent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plain (not enveloped) bodies, as Cloud Scheduler or a person sends them, and bodies around the
 * size limit and nested deeper than any parser should follow.
 */
final class BodyCases {
  private static final String NOT_JSON = "body-not-json";

  private final Random random;
  private final int maxBodyBytes;

  BodyCases(Random random, int maxBodyBytes) {
    this.random = random;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** A plain body that is no JSON object, or one whose options are wrong. */
  PushCase badPlain(Intent intent) {
    if (random.nextBoolean()) {
      DataCases.NotAnObject content = DataCases.NotAnObject.random(random);
      return PushCase.rejected(intent.path(), content.bytes(), NOT_JSON, "plain " + content.what());
    }
    ObjectNode options = OptionSpecs.validDryRun(intent, random);
    List<String> names = OptionSpecs.OPTIONS.get(intent);
    String name = names.get(random.nextInt(names.size()));
    options.set(name, OptionSpecs.wrongValue(name, random));
    return PushCase.rejected(
        intent.path(), Envelope.bytes(options), "invalid-options", "plain option " + name);
  }

  /** A valid plain dry run; identical ones are one run (the body hash is the run key). */
  PushCase plainDryRun(Intent intent) {
    return PushCase.acknowledged(
        intent.path(), Envelope.bytes(OptionSpecs.validDryRun(intent, random)), "plain dry run");
  }

  /**
   * An empty or blank body: {@code {}}. Only where that changes nothing: {@code /allocation}
   * (rejected, strategies are required) and {@code /summary} (read-only).
   */
  PushCase empty() {
    byte[] body =
        List.of("", " ", "\r\n\t ").get(random.nextInt(3)).getBytes(StandardCharsets.UTF_8);
    return random.nextBoolean()
        ? PushCase.rejected(Intent.ALLOCATION.path(), body, "invalid-options", "empty body")
        : PushCase.acknowledged(Intent.SUMMARY.path(), body, "empty body");
  }

  /** Thousands of levels of nesting in the body, plain or around an envelope. */
  PushCase deep(Intent intent, String messageId) {
    String deep = JunkJson.veryDeep(random);
    String body;
    if (random.nextBoolean()) {
      body = random.nextBoolean() ? deep : "{\"dryRun\":" + deep + "}";
    } else {
      String envelope =
          new String(
              Envelope.bytes(Envelope.carrying(messageId, OptionSpecs.validDryRun(intent, random))),
              StandardCharsets.UTF_8);
      body = envelope.substring(0, envelope.length() - 1) + ",\"extra\":" + deep + "}";
    }
    return PushCase.rejected(
        intent.path(), body.getBytes(StandardCharsets.UTF_8), NOT_JSON, "deeply nested body");
  }

  /** A valid envelope padded to just under the limit. */
  PushCase justUnderLimit(Intent intent, String messageId) {
    ObjectNode envelope = Envelope.carrying(messageId, OptionSpecs.validDryRun(intent, random));
    Envelope.attributes(envelope).put("pad", "");
    int size = Envelope.bytes(envelope).length;
    int target = maxBodyBytes - random.nextInt(Math.min(64, maxBodyBytes - size));
    Envelope.attributes(envelope).put("pad", "p".repeat(target - size));
    return PushCase.acknowledged(
        intent.path(), Envelope.bytes(envelope), "padded to " + target + " bytes");
  }

  /** Anything over the limit, sent with its length or chunked. */
  PushCase overLimit(Intent intent) {
    int size = maxBodyBytes + 1 + random.nextInt(2 * maxBodyBytes);
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[size - 1] = '}';
    boolean chunked = random.nextBoolean();
    return PushCase.tooLarge(intent.path(), body, chunked, size + " bytes");
  }
}
