package dev.ibtrading.ib;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The time of an EXECUTION_DATA, in the forms real gateways write it (the field is free text; IB's
 * decoders keep it as a string):
 *
 * <ul>
 *   <li>{@code 20231115 10:15:30 US/Eastern}: date, time and a zone id ({@code America/New_York},
 *       {@code Universal}, ...; IB's short ids like {@code EST} too). NautilusTrader parses this
 *       form with its zone (nautechsystems/nautilus_trader a95c804,
 *       nautilus_trader/adapters/interactive_brokers/parsing/execution.py).
 *   <li>{@code 20250225-15:15:00}: with a dash and no zone, UTC. A live gateway whose zone is
 *       Universal writes it (same NautilusTrader source); IB uses the dash form for UTC times
 *       throughout its API (goodTillDate, execution filter times).
 *   <li>{@code 20230224 12:04:56}: two spaces and no zone, in the gateway's own zone, taken to be
 *       New York, where IB's US stocks trade (recorded in wboayue/rust-ibapi's orders tests).
 * </ul>
 */
public final class ExecutionTime {
  /** Times without a zone are in the gateway's zone; IB's US stocks trade in New York. */
  static final ZoneId GATEWAY_ZONE = ZoneId.of("America/New_York");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");

  private ExecutionTime() {}

  /**
   * The instant {@code text} names, or {@code null} if it is none of the forms above. The paper
   * gateway reads the times clients send (goodAfterTime, the execution filter's time) with it too.
   */
  public static Instant parse(String text) {
    String trimmed = text.trim();
    ZoneId defaultZone = GATEWAY_ZONE;
    if (trimmed.length() > 8 && trimmed.charAt(8) == '-') {
      trimmed = trimmed.substring(0, 8) + " " + trimmed.substring(9);
      defaultZone = ZoneOffset.UTC;
    }
    String[] parts = trimmed.split("\\s+", 3);
    if (parts.length < 2) {
      return null;
    }
    try {
      LocalDateTime local = LocalDateTime.parse(parts[0] + " " + parts[1], DATE_TIME);
      ZoneId zone = parts.length > 2 ? ZoneId.of(parts[2].trim(), ZoneId.SHORT_IDS) : defaultZone;
      return local.atZone(zone).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
