package dev.ibtrading.launcher;

import java.util.List;
import java.util.Map;

/**
 * The environment every child starts with: the launcher's own, less every variable that may hold a
 * credential. The credentials reach IBC through config.ini only; the worker never sees them.
 */
final class ChildEnvironment {
  /** Removed by name. TWSUSERID etc. are IBC's own variables, which would override config.ini. */
  static final List<String> CREDENTIAL_VARIABLES =
      List.of(
          CredentialsResolver.USER,
          CredentialsResolver.PASSWORD,
          "TWSUSERID",
          "TWSPASSWORD",
          "FIXUSERID",
          "FIXPASSWORD");

  /** Removed by prefix: IB_CREDENTIALS, IB_CREDENTIALS_FILE, IB_CREDENTIALS_SECRET and kin. */
  static final String CREDENTIAL_PREFIX = CredentialsResolver.JSON;

  /**
   * Removed by prefix too: what the launcher tells the worker ({@link WorkerRestarts}) is set by
   * the launcher alone, never inherited from its own environment.
   */
  static final String LAUNCHER_PREFIX = "LAUNCHER_";

  private ChildEnvironment() {}

  /**
   * Removes the credential variables, and the launcher's own reports, from a {@link
   * ProcessBuilder#environment()}.
   */
  static void scrub(Map<String, String> environment) {
    environment
        .keySet()
        .removeIf(
            name ->
                CREDENTIAL_VARIABLES.contains(name)
                    || name.startsWith(CREDENTIAL_PREFIX)
                    || name.startsWith(LAUNCHER_PREFIX));
  }
}
