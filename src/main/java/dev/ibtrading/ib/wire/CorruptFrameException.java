package dev.ibtrading.ib.wire;

/**
 * The peer sent bytes that are not a valid TWS frame or message. The connection cannot be trusted
 * after this (fields are positional, so one bad field shifts the rest), so whoever catches it
 * closes the connection.
 */
public class CorruptFrameException extends RuntimeException {
  public CorruptFrameException(String message) {
    super(message);
  }

  public CorruptFrameException(String message, Throwable cause) {
    super(message, cause);
  }
}
