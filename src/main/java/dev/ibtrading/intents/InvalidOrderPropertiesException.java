package dev.ibtrading.intents;

/** An allocation's {@code orderProperties} hold a key or value outside the allow-list. */
final class InvalidOrderPropertiesException extends IllegalArgumentException {
  InvalidOrderPropertiesException(String message) {
    super(message);
  }
}
