package dev.ibtrading.ib;

/**
 * Keeps outgoing messages under the gateway's limit (about 50 per second, after which it
 * disconnects the client): a token bucket that lets short bursts through and then spaces messages
 * evenly. {@link #acquire()} blocks the sending thread until a message may go.
 */
final class Pacer {
  private final double perNano;
  private final double burst;
  private double tokens;
  private long last;

  /**
   * @param messagesPerSecond sustained rate, below the gateway's 50
   * @param burst messages that may go back to back
   */
  Pacer(int messagesPerSecond, int burst) {
    if (messagesPerSecond < 1 || burst < 1) {
      throw new IllegalArgumentException(
          "rate " + messagesPerSecond + "/s, burst " + burst + " (expected: both >= 1)");
    }
    this.perNano = messagesPerSecond / 1e9;
    this.burst = burst;
    this.tokens = burst;
    this.last = System.nanoTime();
  }

  synchronized void acquire() throws InterruptedException {
    while (true) {
      long now = System.nanoTime();
      tokens = Math.min(burst, tokens + (now - last) * perNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      long waitNanos = (long) Math.ceil((1 - tokens) / perNano);
      Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
    }
  }
}
