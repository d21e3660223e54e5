package dev.ibtrading.ib.wire;

/**
 * Undoes the gateway's escaping of non-ASCII text: from server version 153 ({@code
 * ENCODE_MSG_ASCII7}, §1.3) it writes each character outside ASCII in error messages and long names
 * as {@code \}{@code uXXXX} (four hex digits). Anything that is not such a sequence is left as it
 * is, so text without escapes passes through unchanged.
 */
public final class UnicodeEscapes {
  private UnicodeEscapes() {}

  public static String unescape(String text) {
    int first = text.indexOf("\\u");
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    int i = first;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 6 <= text.length() && text.charAt(i + 1) == 'u') {
        int code = hex4(text, i + 2);
        if (code >= 0) {
          out.append((char) code);
          i += 6;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static int hex4(String text, int from) {
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
