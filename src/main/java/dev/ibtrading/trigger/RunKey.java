package dev.ibtrading.trigger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one run across every delivery of its trigger, so that duplicates never trade twice. It is
 * written into each order's {@code orderRef}, hence the short, plain charset: 1 to {@value
 * #MAX_LENGTH} characters of {@code A-Z a-z 0-9 . _ : -}, leaving room for a prefix within IB's
 * order reference.
 *
 * <p>Derived in this order of preference:
 *
 * <ol>
 *   <li>the message's {@code runId} attribute, verbatim: the publisher names the run (the same
 *       {@code runId} on two intents names the same run, so a publisher keeps them unique);
 *   <li>{@code <intent>:<messageId>} for a Pub/Sub message. A message id is unique only within its
 *       topic; each trigger topic feeds exactly one endpoint, so the intent stands for the topic.
 *       It is stable across redeliveries and subscription renames. An id that does not fit becomes
 *       {@code <intent>:m<hash of the id>}. The emulator restarts its ids at 1, which a run store
 *       that outlives the emulator must keep in mind;
 *   <li>{@code <intent>:h<hash>} for a plain body: SHA-256 of the intent, the scheduler's {@code
 *       X-CloudScheduler-ScheduleTime} header (missing: its job name) and the body bytes. By
 *       design, identical plain posts without these headers are one run: a repeated manual call is
 *       a duplicate, not a second run; change the body or set {@code runId} to run again.
 * </ol>
 *
 * <p>Responses to bodies too broken or too large to read, and {@code GET /summary}, use {@link
 * #generated()}.
 */
public record RunKey(String value) {
  /** Longest run key: fits IB's order reference together with a short prefix. */
  public static final int MAX_LENGTH = 40;

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");
  private static final int HASH_HEX_CHARS = 24; // 96 bits: no collisions among a day's runs
  private static final HexFormat HEX = HexFormat.of();
  private static final SecureRandom RANDOM = new SecureRandom();

  public RunKey {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "run key '"
              + printable(value)
              + "' is not valid (expected: 1 to "
              + MAX_LENGTH
              + " characters of A-Z a-z 0-9 . _ : -, actual length: "
              + value.length()
              + ")");
    }
  }

  /** Whether {@code value} is a valid run key. */
  public static boolean isValid(String value) {
    return value != null && SHAPE.matcher(value).matches();
  }

  /**
   * The publisher's {@code runId} attribute as the run key.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static RunKey ofRunId(String runId) {
    return new RunKey(runId);
  }

  /** {@code <intent>:<messageId>}, or {@code <intent>:m<hash>} for an id that does not fit. */
  public static RunKey ofMessage(Intent intent, String messageId) {
    String key = intent.wireName() + ":" + messageId;
    if (isValid(key)) {
      return new RunKey(key);
    }
    return new RunKey(intent.wireName() + ":m" + hash(messageId.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * {@code <intent>:h<hash>} of a plain body and the scheduler's headers.
   *
   * @param scheduleTime the {@code X-CloudScheduler-ScheduleTime} header, or null
   * @param jobName the {@code X-CloudScheduler-JobName} header, or null; used only without a
   *     schedule time
   */
  public static RunKey ofPlainBody(
      Intent intent, byte[] body, String scheduleTime, String jobName) {
    String when =
        scheduleTime != null ? "schedule:" + scheduleTime : jobName != null ? "job:" + jobName : "";
    byte[] prefix = (intent.wireName() + '\0' + when + '\0').getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, input, 0, prefix.length);
    System.arraycopy(body, 0, input, prefix.length, body.length);
    return new RunKey(intent.wireName() + ":h" + hash(input));
  }

  /** {@code gen:<random>}: for answers that have no trigger to derive a key from. */
  public static RunKey generated() {
    byte[] random = new byte[HASH_HEX_CHARS / 2];
    RANDOM.nextBytes(random);
    return new RunKey("gen:" + HEX.formatHex(random));
  }

  @Override
  public String toString() {
    return value;
  }

  private static String hash(byte[] input) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(input);
      return HEX.formatHex(digest, 0, HASH_HEX_CHARS / 2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A value for error text: control and non-ASCII characters as '?', at most 60 characters. */
  public static String printable(String value) {
    return printable(value, 60);
  }

  /** A value for error text: control and non-ASCII characters as '?', at most {@code max}. */
  public static String printable(String value, int max) {
    String shown = value.length() > max ? value.substring(0, max) + "..." : value;
    return shown.replaceAll("[^\\x20-\\x7E]", "?");
  }
}
