package dev.ibtrading.launcher;

import java.util.regex.Pattern;

/**
 * How an error message quotes a value read from the environment or a file: as is only when it has
 * the harmless shape of a setting, else by its length alone. A secret routed to the wrong variable
 * ({@code --set-secrets IB_CREDENTIALS_FILE=ib:latest} puts the JSON login in a path variable) then
 * never reaches the log. The shapes shown are a short word ({@code demo}, {@code ib-paper}) and a
 * short number-like value ({@code 70000}, {@code 7:05 AM}, {@code 10.45.1j}), so that a typo stays
 * readable; letters mixed with digits or symbols, as in a password, are not shown.
 */
final class ShownValue {
  private static final int MAX_SHOWN = 16;
  private static final Pattern SETTING =
      Pattern.compile("[A-Za-z]+([_-][A-Za-z]+)*|[0-9][0-9.: ]*([A-Za-z]{1,2})?");
  private static final int MAX_PATH = 256;
  private static final Pattern ABSOLUTE_PATH = Pattern.compile("/[A-Za-z0-9._/@+-]*");

  private ShownValue() {}

  /** A setting's value, or a description of it when it might be a secret. */
  static String of(String value) {
    if (value.length() <= MAX_SHOWN && SETTING.matcher(value).matches()) {
      return value;
    }
    return hidden(value);
  }

  /** A file path: shown when it is an absolute path of plain characters (a mounted secret's). */
  static String path(String value) {
    if (value.length() <= MAX_PATH && ABSOLUTE_PATH.matcher(value).matches()) {
      return value;
    }
    return hidden(value);
  }

  /** The value's length and first character's kind only. */
  static String hidden(String value) {
    String kind = CredentialsJson.looksLikeJson(value) ? "a JSON object" : "a value";
    return "(" + kind + " of " + value.length() + " characters, not shown: it may be a secret)";
  }
}
