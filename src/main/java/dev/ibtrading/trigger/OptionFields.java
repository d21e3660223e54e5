package dev.ibtrading.trigger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of one intent's options object. Remembers which keys were read, so that {@link
 * #rejectUnknown()} can name a key nobody asked for. A present key of the wrong type, {@code null}
 * included, is an error: an option the caller spelled out is never silently replaced by a default.
 */
public final class OptionFields {
  private final Intent intent;
  private final JsonNode object;
  private final Set<String> known = new LinkedHashSet<>();

  public OptionFields(Intent intent, JsonNode object) {
    this.intent = intent;
    this.object = object;
  }

  /** A boolean option, {@code defaultValue} when absent. */
  public boolean bool(String name, boolean defaultValue) {
    Boolean value = optionalBool(name);
    return value == null ? defaultValue : value;
  }

  /** A boolean option, null when absent. */
  public Boolean optionalBool(String name) {
    JsonNode node = get(name);
    if (node == null) {
      return null;
    }
    if (!node.isBoolean()) {
      throw invalid(name, "a boolean", node);
    }
    return node.booleanValue();
  }

  /**
   * A string option that must be one of {@code allowed} (exact spelling), the default when absent.
   */
  public String oneOf(String name, List<String> allowed, String defaultValue) {
    JsonNode node = get(name);
    if (node == null) {
      return defaultValue;
    }
    if (!node.isString() || !allowed.contains(node.stringValue())) {
      throw invalid(name, "one of " + String.join(", ", allowed), node);
    }
    return node.stringValue();
  }

  /** A required, non-empty array of non-blank strings. */
  public List<String> nonEmptyStrings(String name) {
    JsonNode node = get(name);
    if (node == null) {
      throw new InvalidOptionException(
          intent.wireName() + " option '" + name + "' is required (expected: an array of names)");
    }
    if (!node.isArray() || node.isEmpty()) {
      throw invalid(name, "a non-empty array of strings", node);
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : node.values()) {
      if (!element.isString() || element.stringValue().isBlank()) {
        throw invalid(name + "[" + values.size() + "]", "a non-blank string", element);
      }
      values.add(element.stringValue());
    }
    return values;
  }

  /** An object option with any values, empty when absent. */
  public Map<String, JsonNode> object(String name) {
    JsonNode node = get(name);
    if (node == null) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw invalid(name, "an object", node);
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    node.properties().forEach(e -> values.put(e.getKey(), e.getValue().deepCopy()));
    return values;
  }

  /**
   * Fails on the first number anywhere in the options, nested ones included, that is not finite:
   * JSON has no infinity, but a literal beyond a double's range ({@code 1e309}) reads as one, and
   * arithmetic on it fails deep inside a run instead of here with the field named.
   */
  public void rejectNonFinite() {
    rejectNonFinite("", object);
  }

  private void rejectNonFinite(String path, JsonNode node) {
    if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
      throw new InvalidOptionException(
          intent.wireName()
              + " option '"
              + RunKey.printable(path)
              + "' must be a finite number (actual: a number beyond the range of a double)");
    }
    if (node.isObject()) {
      node.properties().forEach(e -> rejectNonFinite(join(path, e.getKey()), e.getValue()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rejectNonFinite(path + "[" + i + "]", node.get(i));
      }
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Fails on the first key that no read asked for, naming it and the known ones. */
  public void rejectUnknown() {
    for (String name : object.propertyNames()) {
      if (!known.contains(name)) {
        throw new InvalidOptionException(
            "unknown "
                + intent.wireName()
                + " option '"
                + RunKey.printable(name)
                + "' (expected: "
                + (known.isEmpty() ? "no options" : "one of " + String.join(", ", known))
                + ")");
      }
    }
  }

  private JsonNode get(String name) {
    known.add(name);
    return object.get(name);
  }

  private InvalidOptionException invalid(String name, String expected, JsonNode actual) {
    return new InvalidOptionException(
        intent.wireName()
            + " option '"
            + name
            + "' must be "
            + expected
            + " (actual: "
            + describe(actual)
            + ")");
  }

  /** A JSON value for error text: its type, and a short rendering of scalars. */
  public static String describe(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    if (node.isContainer()) {
      return node.isEmpty() ? "empty " + type : type;
    }
    return node.isNull() ? "null" : type + " " + RunKey.printable(node.toString());
  }

  /** Unchecked so that option readers stay one-liners; the parser turns it into a rejection. */
  public static final class InvalidOptionException extends RuntimeException {
    InvalidOptionException(String message) {
      super(message, null, false, false);
    }
  }
}
