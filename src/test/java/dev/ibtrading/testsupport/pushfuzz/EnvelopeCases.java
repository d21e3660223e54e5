package dev.ibtrading.testsupport.pushfuzz;

import dev.ibtrading.testsupport.pushfuzz.JunkJson.Kind;
import dev.ibtrading.trigger.Intent;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Push envelopes with one part broken (shape, ids, attributes, options), and harmless variations
 * that must still be acknowledged as triggers.
 */
final class EnvelopeCases {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String INVALID_ENVELOPE = "invalid-envelope";

  private final Random random;

  EnvelopeCases(Random random) {
    this.random = random;
  }

  /** An envelope with one field of the wrong type or value. */
  PushCase malformed(Intent intent, String messageId) {
    ObjectNode envelope = Envelope.carrying(messageId, OptionSpecs.validDryRun(intent, random));
    ObjectNode message = Envelope.message(envelope);
    String what;
    switch (random.nextInt(9)) {
      case 0 -> {
        envelope.set("message", JunkJson.other(random, Kind.OBJECT));
        what = "message not an object";
      }
      case 1 -> {
        message.set("data", JunkJson.other(random, Set.of(Kind.STRING, Kind.NULL)));
        what = "data not a string";
      }
      case 2 -> {
        message.set("attributes", JunkJson.other(random, Set.of(Kind.OBJECT, Kind.NULL)));
        what = "attributes not an object";
      }
      case 3 -> {
        Envelope.attributes(envelope).set("origin", JunkJson.other(random, Kind.STRING));
        what = "attribute value not a string";
      }
      case 4 -> {
        envelope.set("deliveryAttempt", badDeliveryAttempt());
        what = "deliveryAttempt not an integer >= 1";
      }
      case 5 -> {
        String field = random.nextBoolean() ? "messageId" : "message_id";
        message.set(field, JunkJson.other(random, Set.of(Kind.STRING, Kind.NULL)));
        what = field + " not a string";
      }
      case 6 -> {
        message.put("message_id", messageId + "-other");
        what = "messageId and message_id disagree";
      }
      case 7 -> {
        message.remove("publish_time");
        message.set("publishTime", badTime());
        what = "publishTime not an RFC 3339 time";
      }
      default -> {
        envelope.set("subscription", JunkJson.other(random, Set.of(Kind.STRING, Kind.NULL)));
        what = "subscription not a string";
      }
    }
    return PushCase.rejected(intent.path(), Envelope.bytes(envelope), INVALID_ENVELOPE, what);
  }

  /** A well-formed envelope whose attributes or options can never be run. */
  PushCase invalidContent(Intent intent, String messageId) {
    ObjectNode options = OptionSpecs.validDryRun(intent, random);
    ObjectNode envelope = Envelope.carrying(messageId, options);
    ObjectNode attributes = Envelope.attributes(envelope);
    switch (random.nextInt(4)) {
      case 0 -> {
        attributes.put(
            "runId",
            List.of("", "has space", "x".repeat(41), "caf\u00e9", "a/b").get(random.nextInt(5)));
        return rejected(intent, envelope, "invalid-run-id", "runId attribute not a run key");
      }
      case 1 -> {
        attributes.put("intent", otherIntent(intent));
        return rejected(intent, envelope, "intent-mismatch", "intent attribute disagrees");
      }
      case 2 -> {
        String name =
            OptionSpecs.OPTIONS
                .get(intent)
                .get(random.nextInt(OptionSpecs.OPTIONS.get(intent).size()));
        options.set(name, OptionSpecs.wrongValue(name, random));
        envelope = Envelope.carrying(messageId, options);
        return rejected(intent, envelope, "invalid-options", "option " + name + " of a wrong type");
      }
      default -> {
        options.set(
            List.of("qty", "dry_run", "DryRun", "", "strategy").get(random.nextInt(5)),
            JunkJson.scalar(random));
        envelope = Envelope.carrying(messageId, options);
        return rejected(intent, envelope, "invalid-options", "unknown option");
      }
    }
  }

  /** A valid trigger in an unusual but acceptable envelope. */
  PushCase harmless(Intent intent, String messageId) {
    ObjectNode options = OptionSpecs.validDryRun(intent, random);
    ObjectNode envelope = Envelope.carrying(messageId, options);
    String what;
    switch (random.nextInt(6)) {
      case 0 -> {
        envelope = Envelope.carrying("", options);
        what = "empty messageId";
      }
      case 1 -> {
        String huge = messageId + JunkJson.string(random) + "x".repeat(random.nextInt(20_000));
        envelope = Envelope.carrying(huge, options);
        what = "huge messageId";
      }
      case 2 -> {
        envelope.put("unknownTopLevel", 1);
        Envelope.message(envelope).put("orderingKey", "k");
        Envelope.message(envelope).set("future", JunkJson.of(random, Kind.OBJECT));
        what = "extra keys";
      }
      case 3 -> {
        boolean alias = intent == Intent.EOD_CHECK && random.nextBoolean();
        Envelope.attributes(envelope).put("intent", alias ? "reconciliation" : intent.wireName());
        what = "matching intent attribute";
      }
      case 4 -> {
        if (intent == Intent.ALLOCATION) {
          String name = "no-such-strategy-" + random.nextInt(1000);
          options.set("strategies", NODES.arrayNode().add(name));
          envelope = Envelope.carrying(messageId, options);
        }
        what = "unknown strategy (allocation only)";
      }
      default -> {
        if (intent == Intent.ALLOCATION || intent == Intent.CLOSE_ALL) {
          String nested = JunkJson.nested(underDepthLimit(), random.nextBoolean());
          ObjectNode properties = NODES.objectNode();
          properties.set("nested", NODES.rawValueNode(new RawValue(nested)));
          options.set("orderProperties", properties);
          envelope = Envelope.carrying(messageId, options);
        }
        what = "nested orderProperties under the depth limit (allocation, close-all)";
      }
    }
    if (random.nextBoolean()) {
      envelope.put("deliveryAttempt", random.nextBoolean() ? 1 : Integer.MAX_VALUE);
    }
    return PushCase.acknowledged(intent.path(), Envelope.bytes(envelope), what);
  }

  /**
   * Levels of nesting inside {@code {"orderProperties":{"nested":...}}} that keep the data within
   * Jackson's default limit of 500, often right at it.
   */
  private int underDepthLimit() {
    return random.nextBoolean() ? 490 + random.nextInt(9) : 50 + random.nextInt(440);
  }

  private JsonNode badDeliveryAttempt() {
    return switch (random.nextInt(7)) {
      case 0 -> NODES.stringNode(String.valueOf(1 + random.nextInt(5)));
      case 1 -> NODES.numberNode(-1 - random.nextInt(1000));
      case 2 -> NODES.numberNode(0);
      case 3 -> NODES.numberNode(1L + Integer.MAX_VALUE + random.nextInt(1000));
      case 4 -> NODES.numberNode(BigInteger.TEN.pow(30 + random.nextInt(100)));
      case 5 -> NODES.numberNode(1.5);
      default -> JunkJson.other(random, Set.of(Kind.NUMBER, Kind.NULL));
    };
  }

  private JsonNode badTime() {
    return random.nextBoolean()
        ? JunkJson.other(random, Set.of(Kind.STRING, Kind.NULL))
        : NODES.stringNode(
            List.of("", "yesterday", "2025-13-01T00:00:00Z", "2025-01-02 15:00:00", "1735830000")
                .get(random.nextInt(5)));
  }

  private String otherIntent(Intent intent) {
    if (random.nextBoolean()) {
      return List.of("", "Allocation", "trade", "close_all", "summary ", "*")
          .get(random.nextInt(6));
    }
    List<Intent> others = Arrays.stream(Intent.values()).filter(i -> i != intent).toList();
    return others.get(random.nextInt(others.size())).wireName();
  }

  private static PushCase rejected(Intent intent, ObjectNode envelope, String cause, String what) {
    return PushCase.rejected(intent.path(), Envelope.bytes(envelope), cause, what);
  }
}
