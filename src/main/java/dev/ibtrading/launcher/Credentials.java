package dev.ibtrading.launcher;

/**
 * An IB login. {@link #toString()} hides both parts so that a credential never reaches a log line
 * or an exception message by accident.
 *
 * @param userId the IB user name ({@code IbLoginId})
 * @param password the IB password ({@code IbPassword})
 */
record Credentials(String userId, String password) {
  Credentials {
    if (userId == null || userId.isBlank()) {
      throw new LaunchException("IB user id is empty (expected: a non-blank user id)");
    }
    if (password == null || password.isEmpty()) {
      throw new LaunchException("IB password is empty (expected: a non-empty password)");
    }
  }

  @Override
  public String toString() {
    return "Credentials[userId=***, password=***]";
  }
}
