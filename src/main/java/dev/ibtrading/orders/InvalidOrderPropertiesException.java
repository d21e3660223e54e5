package dev.ibtrading.orders;

/** An allocation's {@code orderProperties} hold a key or value outside the allow-list. */
public final class InvalidOrderPropertiesException extends IllegalArgumentException {
  InvalidOrderPropertiesException(String message) {
    super(message);
  }
}
