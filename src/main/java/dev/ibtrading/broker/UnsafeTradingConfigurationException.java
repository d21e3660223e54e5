package dev.ibtrading.broker;

/**
 * The configuration would trade in a way nobody can have meant, such as a paper gateway standing in
 * for a live account; the worker refuses to start.
 */
public class UnsafeTradingConfigurationException extends IllegalStateException {
  private final String action;

  /**
   * @param message what is wrong, with the properties' actual values
   * @param action which property to change
   */
  public UnsafeTradingConfigurationException(String message, String action) {
    super(message);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
