package dev.ibtrading.ib;

/** Something went wrong talking to the gateway. Messages never contain credentials. */
public class IbException extends RuntimeException {
  public IbException(String message) {
    super(message);
  }

  public IbException(String message, Throwable cause) {
    super(message, cause);
  }
}
