package dev.ibtrading.ib;

import java.util.Set;

/**
 * What IB's error codes mean to this client, in one table (§5.4 of the protocol reference). ERR_MSG
 * carries errors, warnings and notices alike; each code is in at most one of these sets.
 */
public final class IbErrorCodes {
  /** The gateway lost its link to IB's servers; it keeps our session and restores the link. */
  public static final Set<Integer> BROKER_LINK_LOST = Set.of(1100, 2110);

  /** Link restored, but subscriptions were lost: resubscribe. */
  public static final int RESTORED_DATA_LOST = 1101;

  /** Link restored, subscriptions kept. */
  public static final int RESTORED_DATA_MAINTAINED = 1102;

  /** Data farm connection broken or inactive: market data may pause; not a session problem. */
  public static final Set<Integer> FARM_DOWN = Set.of(2103, 2105, 2157, 2107, 2108);

  /** Data farm connection OK. */
  public static final Set<Integer> FARM_OK = Set.of(2104, 2106, 2158);

  /** Another session uses our client id: the gateway closes the connection. */
  public static final int CLIENT_ID_IN_USE = 326;

  /** Client-side codes IB's libraries use for "could not connect" and "not connected". */
  public static final Set<Integer> NOT_CONNECTED = Set.of(502, 504);

  /** Order-level codes. */
  public static final int DUPLICATE_ORDER_ID = 103;

  public static final int ORDER_REJECTED = 201;
  public static final int ORDER_CANCELLED = 202;
  public static final int ORDER_HELD_UNTIL_OPEN = 399;
  public static final int NO_SECURITY_DEFINITION = 200;

  /** Warnings that accompany data or orders that still go ahead. */
  private static final Set<Integer> WARNINGS = Set.of(399, 10167, 10090);

  private IbErrorCodes() {}

  /**
   * True when the code does not mean the request failed: notices (2100-2169), connectivity notices
   * handled as connection state, and warnings that come with data or accepted orders.
   */
  public static boolean isInformational(int code) {
    return (code >= 2100 && code <= 2169)
        || code == RESTORED_DATA_LOST
        || code == RESTORED_DATA_MAINTAINED
        || BROKER_LINK_LOST.contains(code)
        || WARNINGS.contains(code);
  }
}
