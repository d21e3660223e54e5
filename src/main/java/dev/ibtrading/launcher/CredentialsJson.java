package dev.ibtrading.launcher;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single JSON secret {@code {"userid": "...", "password": "..."}}, the format one Secret
 * Manager secret holds for both parts of a login. Errors name the source and the expected shape,
 * never the text: the parser's own message could quote it.
 */
final class CredentialsJson {
  /** The expected shape, for error messages. */
  static final String SHAPE = "{\"userid\": \"...\", \"password\": \"...\"}";

  private CredentialsJson() {}

  /**
   * Whether a value is meant as the JSON secret rather than a plain user id or password: Cloud
   * Run's {@code --set-secrets IB_USER=s:latest,IB_PASSWORD=s:latest} puts the whole JSON in both.
   */
  static boolean looksLikeJson(String value) {
    String text = value.strip();
    return text.startsWith("{") && text.endsWith("}");
  }

  /**
   * Parses the JSON secret.
   *
   * @param source where the text came from, e.g. {@code IB_CREDENTIALS_FILE /secrets/ib}
   */
  static Credentials parse(String text, String source) {
    JsonNode node;
    try {
      node = Parser.JSON.readTree(text);
    } catch (JacksonException e) {
      throw new LaunchException(source + " is not valid JSON (expected: " + SHAPE + ")");
    }
    if (node == null || !node.isObject()) {
      throw new LaunchException(source + " is not a JSON object (expected: " + SHAPE + ")");
    }
    String userId = stringField(node, "userid", source).strip();
    String password = stringField(node, "password", source);
    if (userId.isEmpty() || password.isEmpty()) {
      throw new LaunchException(
          source + " has an empty " + (userId.isEmpty() ? "userid" : "password") + " field");
    }
    return new Credentials(userId, password);
  }

  private static String stringField(JsonNode node, String name, String source) {
    JsonNode field = node.get(name);
    if (field == null || !field.isString()) {
      throw new LaunchException(
          source + " lacks the string field \"" + name + "\" (expected: " + SHAPE + ")");
    }
    return field.stringValue();
  }

  /** Holds the mapper, so that plain credentials never pay for Jackson's start-up. */
  private static final class Parser {
    static final JsonMapper JSON = JsonMapper.builder().build();
  }
}
