package dev.ibtrading.testsupport.pushfuzz;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Random JSON values of a chosen type, to put where another type belongs. */
final class JunkJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> STRINGS =
      List.of(
          "", " ", "true", "1", "null", "own", "ALL", "{}", "[]", "\u00e9\u0000\u2028", "a\"b\\");

  /** The JSON types. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    ARRAY,
    OBJECT
  }

  private JunkJson() {}

  /** A random value of any kind but those in {@code not}. */
  static JsonNode other(Random random, Set<Kind> not) {
    EnumSet<Kind> allowed = EnumSet.complementOf(EnumSet.copyOf(not));
    Kind[] kinds = allowed.toArray(Kind[]::new);
    return of(random, kinds[random.nextInt(kinds.length)]);
  }

  /** A random value of any kind but {@code not}. */
  static JsonNode other(Random random, Kind not) {
    return other(random, Set.of(not));
  }

  /** A random value of {@code kind}; containers hold a few random scalars. */
  static JsonNode of(Random random, Kind kind) {
    return switch (kind) {
      case STRING -> NODES.stringNode(string(random));
      case NUMBER -> number(random);
      case BOOLEAN -> NODES.booleanNode(random.nextBoolean());
      case NULL -> NODES.nullNode();
      case ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(3); i > 0; i--) {
          array.add(scalar(random));
        }
        yield array;
      }
      case OBJECT -> {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(3); i > 0; i--) {
          object.set("k" + random.nextInt(100), scalar(random));
        }
        yield object;
      }
    };
  }

  static JsonNode scalar(Random random) {
    List<Kind> scalars = List.of(Kind.STRING, Kind.NUMBER, Kind.BOOLEAN, Kind.NULL);
    return of(random, scalars.get(random.nextInt(scalars.size())));
  }

  static String string(Random random) {
    if (random.nextBoolean()) {
      return STRINGS.get(random.nextInt(STRINGS.size()));
    }
    char[] chars = new char[random.nextInt(20)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) (random.nextInt(4) == 0 ? random.nextInt(0x3000) : 32 + random.nextInt(95));
    }
    return new String(chars).replaceAll("[\\uD800-\\uDFFF]", "?");
  }

  private static JsonNode number(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> NODES.numberNode(random.nextInt());
      case 1 -> NODES.numberNode(random.nextLong());
      case 2 -> NODES.numberNode(random.nextDouble() * 1e6);
      case 3 -> NODES.numberNode(new java.math.BigInteger(200, random));
      default -> NODES.numberNode(-1);
    };
  }

  /**
   * {@code depth} nested arrays ({@code [[[1]]]}) or objects ({@code {"a":{"a":1}}}) as text,
   * written by hand: a JSON writer refuses such depth.
   */
  static String nested(int depth, boolean arrays) {
    String open = arrays ? "[" : "{\"a\":";
    char[] close = new char[depth];
    Arrays.fill(close, arrays ? ']' : '}');
    return open.repeat(depth) + "1" + new String(close);
  }

  /** 10,000 nested arrays or 6,000 nested objects: about 20 to 36 KB of text. */
  static String veryDeep(Random random) {
    return random.nextBoolean() ? nested(10_000, true) : nested(6_000, false);
  }
}
