package dev.ibtrading.ib;

/** Where the gateway the worker talks to comes from. */
public enum GatewayMode {
  /** A gateway someone else runs (IB Gateway in the container, or a standalone paper gateway). */
  EXTERNAL,
  /** A paper gateway started inside the worker on a loopback port; paper trading only. */
  EMBEDDED
}
