package dev.ibtrading.ib;

import java.util.Set;

/**
 * What IB's error codes mean to this client, in one table (§5.4 of the protocol reference). ERR_MSG
 * carries errors, warnings and notices alike; each code is in at most one of these sets.
 */
public final class IbErrorCodes {
  /** The gateway's own "connectivity between IB and TWS has been lost". */
  public static final int LINK_LOST = 1100;

  /** The gateway lost its link to IB's servers; it keeps our session and restores the link. */
  public static final Set<Integer> BROKER_LINK_LOST = Set.of(LINK_LOST, 2110);

  /** Link restored, but subscriptions were lost: resubscribe. */
  public static final int RESTORED_DATA_LOST = 1101;

  /** Link restored, subscriptions kept. */
  public static final int RESTORED_DATA_MAINTAINED = 1102;

  /** The gateway's link to IB is back: {@link #RESTORED_DATA_LOST} or the data-kept variant. */
  public static final Set<Integer> LINK_RESTORED =
      Set.of(RESTORED_DATA_LOST, RESTORED_DATA_MAINTAINED);

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
  public static final int INVALID_REQUEST = 321;
  public static final int ORDER_TO_CANCEL_NOT_FOUND = 10147;

  /**
   * Market data entitlements (§3.5). A real-time (or frozen) request on an account without the
   * subscription ends with 10089 "Requested market data requires additional subscription for API.
   * ...Delayed market data is available." on current gateways, 354 "Requested market data is not
   * subscribed.Delayed market data is available." on older ones, and no ticks (IB4m#158,
   * thetagang#175, ibkr-go transcripts at cdaac7f): asking again for delayed data then works.
   */
  public static final Set<Integer> NO_REALTIME_SUBSCRIPTION = Set.of(354, 10089);

  /** The delayed data that was asked for is displayed instead of live data: data follows. */
  public static final int DISPLAYING_DELAYED_DATA = 10167;

  /** Some of the requested ticks are not subscribed, the others follow (node-ib#73). */
  public static final int PART_OF_DATA_NOT_SUBSCRIBED = 10090;

  /**
   * "Requested market data is not subscribed. Delayed market data is not enabled."
   * (deephaven-ib#44, ib_insync#198): not even delayed data; final.
   */
  public static final int DELAYED_DATA_NOT_ENABLED = 10168;

  /**
   * "Historical Market Data Service error message:..." (§3.6): the text says what went wrong, among
   * others a pacing violation ({@link #HISTORICAL_PACING_VIOLATION}) or "HMDS query returned no
   * data" (QuantConnect/Lean#4344: a period before the listing). The request is over either way.
   */
  public static final int HISTORICAL_DATA_SERVICE_ERROR = 162;

  /**
   * 162's text for a broken pacing rule, as real gateways send it (no space after the colon:
   * QuantConnect/Lean#607 and #1837, mementum/backtrader#110; IB's API User's Guide page
   * historical_data_limitations.htm prints it with one).
   */
  public static final String HISTORICAL_PACING_VIOLATION =
      "Historical Market Data Service error message:Historical data request pacing violation";

  /**
   * "No historical data query found for ticker id:N": the gateway no longer knows the request
   * (cancelled, finished, or dropped by the data farm), IB's message_codes.html.
   */
  public static final int NO_HISTORICAL_QUERY = 366;

  /** Warnings that accompany data or orders that still go ahead. */
  private static final Set<Integer> WARNINGS =
      Set.of(ORDER_HELD_UNTIL_OPEN, DISPLAYING_DELAYED_DATA, PART_OF_DATA_NOT_SUBSCRIBED);

  /** What a code says about the connection, if anything. */
  public enum Connectivity {
    /** 1100, 2110: the session stays, but nothing reaches IB until the link is restored. */
    BROKER_LINK_LOST,
    /** 1101: link back, every subscription of the session is gone and must be made again. */
    RESTORED_DATA_LOST,
    /** 1102: link back, subscriptions kept. */
    RESTORED_DATA_MAINTAINED,
    /** A data farm is down or idle: logged only, market data may pause. */
    FARM_DOWN,
    /** A data farm is up: logged only. */
    FARM_OK,
    /** 326: another session holds this client id; the gateway closes the connection. */
    CLIENT_ID_IN_USE,
    /** 502, 504: the client-side "cannot connect" / "not connected" codes. */
    NOT_CONNECTED,
    /** Not about the connection: a request's, an order's or a general notice. */
    NONE
  }

  private IbErrorCodes() {}

  /** Classifies a code by the connection sets above. */
  public static Connectivity connectivity(int code) {
    if (BROKER_LINK_LOST.contains(code)) {
      return Connectivity.BROKER_LINK_LOST;
    } else if (code == RESTORED_DATA_LOST) {
      return Connectivity.RESTORED_DATA_LOST;
    } else if (code == RESTORED_DATA_MAINTAINED) {
      return Connectivity.RESTORED_DATA_MAINTAINED;
    } else if (FARM_DOWN.contains(code)) {
      return Connectivity.FARM_DOWN;
    } else if (FARM_OK.contains(code)) {
      return Connectivity.FARM_OK;
    } else if (code == CLIENT_ID_IN_USE) {
      return Connectivity.CLIENT_ID_IN_USE;
    } else if (NOT_CONNECTED.contains(code)) {
      return Connectivity.NOT_CONNECTED;
    }
    return Connectivity.NONE;
  }

  /**
   * True when the code does not mean the request failed: notices (2100-2169), connectivity notices
   * handled as connection state, and warnings that come with data or accepted orders.
   */
  public static boolean isInformational(int code) {
    return (code >= 2100 && code <= 2169)
        || LINK_RESTORED.contains(code)
        || BROKER_LINK_LOST.contains(code)
        || WARNINGS.contains(code);
  }
}
