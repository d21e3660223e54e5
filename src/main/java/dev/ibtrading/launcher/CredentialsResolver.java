package dev.ibtrading.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the IB login, first match wins:
 *
 * <ol>
 *   <li>{@code IB_USER} and {@code IB_PASSWORD}, plain;
 *   <li>the JSON secret {@value CredentialsJson#SHAPE} as the value of {@code IB_CREDENTIALS},
 *       {@code IB_USER} or {@code IB_PASSWORD} (Cloud Run's {@code --set-secrets
 *       IB_USER=s:latest,IB_PASSWORD=s:latest} puts the whole secret in both);
 *   <li>that JSON in the file named by {@code IB_CREDENTIALS_FILE} (a mounted secret);
 *   <li>that JSON in the Secret Manager version named by {@code IB_CREDENTIALS_SECRET} ({@code
 *       projects/P/secrets/S[/versions/V]}, default version {@code latest}).
 * </ol>
 *
 * Ambiguous settings fail rather than guess, since a wrong password sent to IB again and again can
 * lock the account: a plain {@code IB_USER} with a JSON {@code IB_PASSWORD}, or two different JSON
 * secrets. Empty variables count as unset. Only the source is logged, and an error quotes a path or
 * secret name only as {@link ShownValue} shows it: the easy mistake {@code --set-secrets
 * IB_CREDENTIALS_FILE=ib:latest} puts the login itself where the path belongs.
 */
final class CredentialsResolver {
  static final String USER = "IB_USER";
  static final String PASSWORD = "IB_PASSWORD";
  static final String JSON = "IB_CREDENTIALS";
  static final String FILE = "IB_CREDENTIALS_FILE";
  static final String SECRET = "IB_CREDENTIALS_SECRET";

  private static final Logger log = LoggerFactory.getLogger(CredentialsResolver.class);
  private static final Pattern SECRET_NAME =
      Pattern.compile("projects/[A-Za-z0-9.:_-]+/secrets/[A-Za-z0-9_-]+(/versions/[A-Za-z0-9]+)?");

  private final Map<String, String> env;
  private final Supplier<SecretReader> secrets;

  /**
   * @param secrets creates the Secret Manager reader, only when {@code IB_CREDENTIALS_SECRET} is
   *     the source
   */
  CredentialsResolver(Map<String, String> env, Supplier<SecretReader> secrets) {
    this.env = env;
    this.secrets = secrets;
  }

  /** The credentials, or a {@link LaunchException} that says which settings to fix. */
  Credentials resolve() {
    String user = value(USER);
    String password = value(PASSWORD);
    if (user != null && !CredentialsJson.looksLikeJson(user)) {
      return plain(user, password);
    }
    List<Credentials> fromJson = new ArrayList<>();
    List<String> jsonSources = new ArrayList<>();
    for (String name : List.of(JSON, USER, PASSWORD)) {
      String text = value(name);
      if (text == null) {
        continue;
      }
      if (!CredentialsJson.looksLikeJson(text)) {
        if (name.equals(PASSWORD)) {
          throw new LaunchException(
              "IB_PASSWORD is set but IB_USER is not (expected: both, or one JSON secret "
                  + CredentialsJson.SHAPE
                  + ")");
        }
        throw new LaunchException(
            name + " is set but is not a JSON object (expected: " + CredentialsJson.SHAPE + ")");
      }
      fromJson.add(CredentialsJson.parse(text, name));
      jsonSources.add(name);
    }
    if (!fromJson.isEmpty()) {
      if (fromJson.stream().distinct().count() > 1) {
        throw new LaunchException(
            String.join(" and ", jsonSources)
                + " hold different JSON credentials (expected: one secret)");
      }
      log.info("IB credentials from the JSON secret in {}", String.join(", ", jsonSources));
      return fromJson.get(0);
    }
    String file = value(FILE);
    if (file != null) {
      return fromFile(file);
    }
    String secret = value(SECRET);
    if (secret != null) {
      return fromSecretManager(secret);
    }
    throw new LaunchException(
        "no IB credentials: set IB_USER and IB_PASSWORD, or IB_CREDENTIALS, IB_CREDENTIALS_FILE or"
            + " IB_CREDENTIALS_SECRET to the JSON secret "
            + CredentialsJson.SHAPE);
  }

  private Credentials plain(String user, String password) {
    if (password == null) {
      throw new LaunchException("IB_USER is set but IB_PASSWORD is not (expected: both)");
    }
    if (CredentialsJson.looksLikeJson(password)) {
      throw new LaunchException(
          "IB_USER is a plain user id but IB_PASSWORD holds a JSON object (expected: both plain,"
              + " or both set from the same JSON secret)");
    }
    log.info("IB credentials from IB_USER and IB_PASSWORD");
    return new Credentials(user.strip(), password);
  }

  private Credentials fromFile(String file) {
    if (CredentialsJson.looksLikeJson(file)) {
      throw secretInsteadOfName(FILE, "the path of a file that holds it");
    }
    String source = FILE + " " + ShownValue.path(file);
    String text;
    try {
      text = Files.readString(Path.of(file));
    } catch (IOException | InvalidPathException e) {
      throw new LaunchException(
          "cannot read " + source + " (" + e.getClass().getSimpleName() + ")");
    }
    Credentials credentials = CredentialsJson.parse(text, source);
    log.info("IB credentials from {}", source);
    return credentials;
  }

  private Credentials fromSecretManager(String name) {
    if (CredentialsJson.looksLikeJson(name)) {
      throw secretInsteadOfName(SECRET, "its name");
    }
    if (!SECRET_NAME.matcher(name).matches()) {
      throw new LaunchException(
          SECRET
              + " is "
              + ShownValue.of(name)
              + " (expected: projects/PROJECT/secrets/SECRET or"
              + " projects/PROJECT/secrets/SECRET/versions/VERSION)");
    }
    String version = name.contains("/versions/") ? name : name + "/versions/latest";
    String source = SECRET + " " + version;
    String text;
    try {
      text = secrets.get().read(version);
    } catch (IOException e) {
      throw new LaunchException("cannot read " + source + ": " + e.getMessage());
    }
    Credentials credentials = CredentialsJson.parse(text, source);
    log.info("IB credentials from {}", source);
    return credentials;
  }

  /** The variable holds the JSON secret itself where its path or name belongs. */
  private static LaunchException secretInsteadOfName(String name, String expected) {
    return new LaunchException(
        name
            + " holds a JSON object (not shown: it may be the secret) rather than "
            + expected
            + " (to pass the secret's value, set "
            + JSON
            + " to it: --set-secrets "
            + JSON
            + "=SECRET:latest)");
  }

  private String value(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
