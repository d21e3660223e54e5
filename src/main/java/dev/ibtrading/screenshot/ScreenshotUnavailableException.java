package dev.ibtrading.screenshot;

/**
 * No screenshot now: no display configured, another screenshot in progress, or the capture failed
 * or took too long. The message says which, for the operator; it never holds anything secret (the
 * child's environment is only {@code DISPLAY}).
 */
public final class ScreenshotUnavailableException extends RuntimeException {
  public ScreenshotUnavailableException(String message) {
    super(message);
  }
}
