package dev.ibtrading.launcher;

/**
 * The launcher cannot go on. Its message is written for the container log: it names settings, paths
 * and sources, never a credential, and no cause is attached whose message might hold one.
 */
final class LaunchException extends RuntimeException {
  LaunchException(String message) {
    super(message);
  }
}
