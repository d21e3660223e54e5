package dev.ibtrading.ib;

/** No usable session with the gateway right now: transient, worth retrying later. */
public class IbNotConnectedException extends IbException {
  public IbNotConnectedException(String message) {
    super(message);
  }

  public IbNotConnectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
