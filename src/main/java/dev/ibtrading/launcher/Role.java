package dev.ibtrading.launcher;

/** The launcher's children, in start order. */
enum Role {
  /** Xvfb, the display the gateway draws on. */
  XVFB("Xvfb"),
  /** IBC's start script, the parent of IB Gateway. */
  GATEWAY("IBC/gateway"),
  /** The Spring Boot worker. */
  WORKER("worker");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
