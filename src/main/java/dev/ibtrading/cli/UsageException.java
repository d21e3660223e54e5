package dev.ibtrading.cli;

/** The command line is wrong; the message says which argument and what was expected. */
public final class UsageException extends Exception {
  public UsageException(String message) {
    super(message);
  }
}
