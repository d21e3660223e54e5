package dev.ibtrading.outcome;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Pub/Sub attributes of an outcome message, so subscribers can filter without parsing the body
 * (e.g. {@code attributes.status = "failed"} in a subscription filter).
 */
public final class OutcomeAttributes {
  public static final String INTENT = "intent";
  public static final String STATUS = "status";
  public static final String RUN_ID = "runId";
  public static final String TRADING_MODE = "tradingMode";
  public static final String ACCOUNT = "account";

  private OutcomeAttributes() {}

  /** The attributes of {@code outcome}; {@code account} is left out when it is not known. */
  public static Map<String, String> of(Outcome outcome) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put(INTENT, outcome.intent());
    attributes.put(STATUS, outcome.status().wireName());
    attributes.put(RUN_ID, outcome.runId());
    attributes.put(TRADING_MODE, outcome.tradingMode().name().toLowerCase(Locale.ROOT));
    if (outcome.account() != null) {
      attributes.put(ACCOUNT, outcome.account());
    }
    return attributes;
  }

  /** The ordering key of {@code outcome}: its account, or empty (unordered) when not known. */
  public static String orderingKey(Outcome outcome) {
    return outcome.account() == null ? "" : outcome.account();
  }
}
