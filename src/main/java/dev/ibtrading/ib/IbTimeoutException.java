package dev.ibtrading.ib;

/** A request got no complete answer in time. The outcome at the gateway is unknown, not empty. */
public class IbTimeoutException extends IbException {
  public IbTimeoutException(String message) {
    super(message);
  }
}
