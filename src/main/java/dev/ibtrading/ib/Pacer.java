package dev.ibtrading.ib;

/**
 * Keeps outgoing messages under the gateway's limit (about 50 per second, after which it rejects or
 * disconnects the client, §5.5): at most {@code maxPerSecond} messages in any one-second window.
 * The first {@code maxPerSecond} go at once; after that a message waits until the one sent {@code
 * maxPerSecond} messages earlier is a second old. {@link #acquire()} blocks the sending thread
 * until its message may go.
 *
 * <p>A sliding window rather than a token bucket, because a bucket's burst plus its refill would
 * let up to twice the rate through in the first second.
 */
final class Pacer {
  private static final long WINDOW_NANOS = 1_000_000_000L;

  /** The time source, replaceable so tests can count without waiting. */
  interface Ticker {
    Ticker SYSTEM =
        new Ticker() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public void sleepNanos(long nanos) throws InterruptedException {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
          }
        };

    long nanoTime();

    void sleepNanos(long nanos) throws InterruptedException;
  }

  private final Ticker ticker;
  private final long[] sentAt; // ring of the last maxPerSecond send times
  private int next;
  private int sent;

  /**
   * @param maxPerSecond messages allowed in any one-second window, below the gateway's 50
   */
  Pacer(int maxPerSecond) {
    this(maxPerSecond, Ticker.SYSTEM);
  }

  Pacer(int maxPerSecond, Ticker ticker) {
    if (maxPerSecond < 1) {
      throw new IllegalArgumentException(
          "max messages per second: " + maxPerSecond + " (expected: >= 1)");
    }
    this.ticker = ticker;
    this.sentAt = new long[maxPerSecond];
  }

  /** Waits until one more message keeps the window under the limit, and counts it as sent. */
  synchronized void acquire() throws InterruptedException {
    if (sent == sentAt.length) {
      // sentAt[next] is the oldest of the last maxPerSecond sends.
      long wait;
      while ((wait = sentAt[next] + WINDOW_NANOS - ticker.nanoTime()) > 0) {
        ticker.sleepNanos(wait);
      }
    } else {
      sent++;
    }
    sentAt[next] = ticker.nanoTime();
    next = (next + 1) % sentAt.length;
  }
}
