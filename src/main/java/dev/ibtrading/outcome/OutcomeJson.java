package dev.ibtrading.outcome;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of {@link Outcome}: times as ISO-8601 strings, decimals written plain and read back
 * exactly (no binary floating point), enums in lower case ({@code paper}, {@code buy}, {@code
 * filled}; wire names where they differ), every field present (null when unknown), so it matches
 * {@code pubsub/schemas/outcome-v1.json}.
 */
public final class OutcomeJson {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private OutcomeJson() {}

  /** The outcome as UTF-8 JSON. */
  public static byte[] write(Outcome outcome) {
    return JSON.writeValueAsBytes(outcome);
  }

  /**
   * The outcome in {@code json}.
   *
   * @throws IllegalArgumentException if it is not an outcome; the message says why
   */
  public static Outcome read(byte[] json) {
    try {
      return JSON.readValue(json, Outcome.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not an outcome: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The outcome in {@code tree}, a tree read by {@link #readTree} (so that its decimals are exact).
   *
   * @throws IllegalArgumentException if it is not an outcome; the message says why
   */
  public static Outcome read(JsonNode tree) {
    try {
      return JSON.treeToValue(tree, Outcome.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not an outcome: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * {@code json} as a tree, its numbers read as outcomes read them: decimals as {@link
   * java.math.BigDecimal}, never rounded through a double. For files that hold an outcome.
   *
   * @throws JacksonException if it is not JSON
   */
  public static JsonNode readTree(byte[] json) {
    return JSON.readTree(json);
  }

  /** {@code value} (e.g. an {@code AllocationResult}) as a JSON tree for {@link Outcome#result}. */
  public static JsonNode toTree(Object value) {
    return JSON.valueToTree(value);
  }
}
