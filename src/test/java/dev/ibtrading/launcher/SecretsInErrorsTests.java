package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure of every credential source, and of a setting that a secret was routed to by
 * mistake, names what to fix and never quotes the login in any of {@link SecretForms}' forms. The
 * first two cases are the adversarial review's (issue 16, point 2): {@code --set-secrets
 * IB_CREDENTIALS_FILE=ib:latest} logged {@code cannot read IB_CREDENTIALS_FILE {"userid":...}}.
 */
class SecretsInErrorsTests {
  private static final String USER = "trader7x";
  private static final String PASSWORD = "hunter2/Pw+x";
  private static final String JSON =
      "{\"userid\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}";
  private static final SecretForms PASSWORD_FORMS = SecretForms.of(USER, PASSWORD);
  private static final SecretForms USER_FORMS = SecretForms.of("-", USER);

  @TempDir Path dir;

  private static String failure(Map<String, String> env) {
    return failure(env, name -> JSON.replace("userid", "user"));
  }

  private static String failure(Map<String, String> env, SecretReader reader) {
    Throwable thrown = catchThrowable(() -> new CredentialsResolver(env, () -> reader).resolve());
    assertThat(thrown).as("resolving %s", env.keySet()).isInstanceOf(LaunchException.class);
    assertSecretAbsent(thrown.getMessage());
    return thrown.getMessage();
  }

  private static void assertSecretAbsent(String message) {
    PASSWORD_FORMS.assertAbsentFrom(message, "the error \"" + message + "\"");
    USER_FORMS.assertAbsentFrom(message, "the error \"" + message + "\"");
  }

  @Test
  void credentialsFileHoldingTheJsonItself() {
    assertThat(failure(Map.of("IB_CREDENTIALS_FILE", JSON)))
        .startsWith("IB_CREDENTIALS_FILE holds a JSON object")
        .contains("IB_CREDENTIALS=SECRET:latest");
  }

  @Test
  void credentialsSecretHoldingTheJsonItself() {
    assertThat(failure(Map.of("IB_CREDENTIALS_SECRET", JSON)))
        .startsWith("IB_CREDENTIALS_SECRET holds a JSON object");
  }

  @Test
  void credentialsFileHoldingAPlainPassword() {
    assertThat(failure(Map.of("IB_CREDENTIALS_FILE", PASSWORD)))
        .startsWith("cannot read IB_CREDENTIALS_FILE (a value of 12 characters, not shown");
  }

  @Test
  void credentialsSecretHoldingAPlainPasswordOrOneInsideAName() {
    assertThat(failure(Map.of("IB_CREDENTIALS_SECRET", PASSWORD)))
        .startsWith("IB_CREDENTIALS_SECRET is (a value of 12 characters, not shown");
    failure(Map.of("IB_CREDENTIALS_SECRET", "projects/p/secrets/" + PASSWORD));
  }

  @Test
  void unreadableFileNamesAnAbsolutePath() {
    Path missing = dir.resolve("nope.json");
    assertThat(failure(Map.of("IB_CREDENTIALS_FILE", missing.toString())))
        .isEqualTo("cannot read IB_CREDENTIALS_FILE " + missing + " (NoSuchFileException)");
  }

  @Test
  void fileWithBrokenJsonOrMissingKeysOrNoObject() throws IOException {
    Path file = dir.resolve("ib.json");
    for (String text :
        new String[] {
          "userid=" + USER + " password=" + PASSWORD,
          JSON.substring(0, JSON.length() - 1),
          "{\"userid\":\"" + USER + "\"}",
          "{\"user\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}",
          "{\"userid\":\"" + USER + "\",\"password\":\"\"}",
          "[\"" + USER + "\",\"" + PASSWORD + "\"]",
          "\"" + PASSWORD + "\"",
          PASSWORD
        }) {
      Files.writeString(file, text);
      assertThat(failure(Map.of("IB_CREDENTIALS_FILE", file.toString())))
          .startsWith("IB_CREDENTIALS_FILE " + file);
    }
  }

  @Test
  void jsonInTheEnvironmentThatIsBrokenOrIncomplete() {
    for (String name : new String[] {"IB_CREDENTIALS", "IB_USER", "IB_PASSWORD"}) {
      failure(Map.of(name, JSON.substring(0, JSON.length() - 2) + "}"));
      failure(Map.of(name, "{\"password\":\"" + PASSWORD + "\"}"));
      failure(Map.of(name, "{\"userid\":\"" + USER + "\",\"password\":7}"));
    }
    failure(Map.of("IB_CREDENTIALS", USER + ":" + PASSWORD));
    failure(Map.of("IB_PASSWORD", PASSWORD));
    failure(Map.of("IB_USER", USER, "IB_PASSWORD", JSON));
    failure(Map.of("IB_USER", JSON, "IB_PASSWORD", JSON.replace(PASSWORD, PASSWORD + "2")));
  }

  @Test
  void secretManagerRefusalOrBadPayload() {
    Map<String, String> env = Map.of("IB_CREDENTIALS_SECRET", "projects/p/secrets/ib");
    assertThat(
            failure(
                env,
                name -> {
                  throw new IOException("Secret Manager refused " + name + ": NOT_FOUND");
                }))
        .contains("projects/p/secrets/ib/versions/latest");
    failure(env, name -> PASSWORD);
    failure(env, name -> "{\"userid\":\"" + USER + "\"}");
  }

  @Test
  void aSecretRoutedToASettingIsNotQuoted() {
    for (String name :
        new String[] {
          "TRADING_MODE", "IB_GATEWAY_PORT", "XVFB_TIMEOUT", "XVFB_DISPLAY", "IBGATEWAY_VERSION"
        }) {
      for (String value : new String[] {JSON, PASSWORD}) {
        Map<String, String> env = new HashMap<>(Map.of("IBGATEWAY_VERSION", "10.45.1j"));
        env.put(name, value);
        Throwable thrown =
            catchThrowable(() -> LauncherSettings.from(env, Path.of("/h"), Path.of("/j")));
        assertThat(thrown).as(name).isInstanceOf(LaunchException.class);
        assertThat(thrown.getMessage()).startsWith(name + " is (a ");
        assertSecretAbsent(thrown.getMessage());
      }
    }
  }
}
