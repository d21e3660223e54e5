package dev.ibtrading.ib.wire;

/** A frame header announced more bytes than the configured maximum. */
public class FrameTooLongException extends CorruptFrameException {
  public FrameTooLongException(long length, int maxLength) {
    super("frame length: " + length + " (expected: <= " + maxLength + ")");
  }
}
