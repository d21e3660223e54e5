package dev.ibtrading.testsupport.pushfuzz;

/** What a generated push may be answered, beyond the edge's rules that hold for every answer. */
public enum Expect {
  /**
   * Broken on purpose (a malformed envelope, bad base64, options of the wrong type, ...): 200 with
   * a {@code rejected} outcome, or 503.
   */
  REJECTED,
  /** Valid at the edge (or valid-looking): 200 with any outcome, or 503. Never a trade. */
  ACKNOWLEDGED,
  /** Over {@code ingest.max-body-bytes}: 413. */
  TOO_LARGE
}
