package dev.ibtrading.paper;

/**
 * Faults a test can switch on at runtime to see how clients cope. Every hook is a no-op while no
 * fault is armed.
 */
public final class PaperFaults {
  /**
   * Decides whether a new connection is served; a refusing fault closes it (or keeps it silent) and
   * returns false.
   */
  boolean acceptConnection(java.net.Socket socket) {
    return true;
  }

  /** Called after each message sent to a session. */
  void afterSend(PaperSession session) {}

  /** Called after each frame received from a session. */
  void afterReceive(PaperSession session) {}
}
