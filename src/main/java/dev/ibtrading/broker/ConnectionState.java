package dev.ibtrading.broker;

/** Where the worker stands with its broker, as far as it can tell. */
public enum ConnectionState {
  /** No session with the gateway; requests fail at once. */
  DISCONNECTED,
  /** A session is being opened (handshake, waiting for the first order id and accounts). */
  CONNECTING,
  /** Session open and the gateway reports its link to IB's servers is up. */
  CONNECTED,
  /**
   * Session open, but the gateway lost its own link to IB's servers (1100 or 2110). It restores the
   * link by itself; requests fail at once until then.
   */
  BROKER_LINK_LOST;

  public boolean acceptsRequests() {
    return this == CONNECTED;
  }
}
