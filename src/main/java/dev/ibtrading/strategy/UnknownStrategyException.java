package dev.ibtrading.strategy;

import java.util.Collection;

/** A request named a strategy no bean has; the message lists the known names. */
public class UnknownStrategyException extends IllegalArgumentException {
  private final String name;

  UnknownStrategyException(String name, Collection<String> known) {
    super("unknown strategy '" + name + "' (known: " + String.join(", ", known) + ")");
    this.name = name;
  }

  /** The name that was asked for. */
  public String name() {
    return name;
  }
}
