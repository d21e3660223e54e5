package dev.ibtrading.closeall;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a {@code close-all} cancels and closes: its {@code scope} option. */
public enum CloseAllScope {
  /**
   * This worker's open orders (its client id) and the positions in the managed universe; other
   * clients' orders and positions outside the universe are left alone. The default.
   */
  OWN,
  /** Every open order of the account, from any client, and every position of the account. */
  ALL;

  /** The name in options and outcomes: {@code own}, {@code all}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static List<String> wireNames() {
    return Arrays.stream(values()).map(CloseAllScope::wireName).toList();
  }

  static CloseAllScope fromWireName(String wireName) {
    return valueOf(wireName.toUpperCase(Locale.ROOT));
  }
}
