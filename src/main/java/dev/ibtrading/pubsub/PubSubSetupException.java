package dev.ibtrading.pubsub;

/**
 * Pub/Sub cannot be set up as configured (no project, no emulator for the local profile); the
 * worker refuses to start rather than wait on a metadata server that is not there.
 */
public class PubSubSetupException extends IllegalStateException {
  private final String action;

  /**
   * @param message what is wrong, with the actual settings
   * @param action what to set or install
   */
  public PubSubSetupException(String message, String action, Throwable cause) {
    super(message, cause);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
