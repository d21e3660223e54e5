package dev.ibtrading.launcher;

import java.io.IOException;

/** Reads one secret version's payload; Secret Manager in production, a stub in tests. */
@FunctionalInterface
interface SecretReader {
  /**
   * Returns the payload of a secret version as UTF-8 text.
   *
   * @param versionName {@code projects/P/secrets/S/versions/V}
   * @throws IOException when the version cannot be read; the message never holds the payload
   */
  String read(String versionName) throws IOException;
}
