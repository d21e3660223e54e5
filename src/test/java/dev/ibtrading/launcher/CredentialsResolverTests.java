package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsResolverTests {
  private static final String USER = "trader7";
  private static final String PASSWORD = "s3cr\"et{pw}";
  private static final String JSON = "{\"userid\":\"trader7\",\"password\":\"s3cr\\\"et{pw}\"}";
  private static final Credentials EXPECTED = new Credentials(USER, PASSWORD);

  @TempDir Path dir;

  private final List<String> secretReads = new ArrayList<>();

  private Credentials resolve(Map<String, String> env) {
    return resolver(env, name -> fail("no Secret Manager read expected, got " + name)).resolve();
  }

  private CredentialsResolver resolver(Map<String, String> env, SecretReader reader) {
    return new CredentialsResolver(env, () -> reader);
  }

  private static String fail(String message) {
    throw new AssertionError(message);
  }

  @Nested
  class Sources {
    @Test
    void plainUserAndPassword() {
      assertThat(resolve(Map.of("IB_USER", USER, "IB_PASSWORD", PASSWORD))).isEqualTo(EXPECTED);
    }

    @Test
    void theSameJsonSecretInUserAndPasswordAsCloudRunSetSecretsPutsIt() {
      assertThat(resolve(Map.of("IB_USER", JSON, "IB_PASSWORD", JSON))).isEqualTo(EXPECTED);
    }

    @Test
    void jsonInIbCredentials() {
      assertThat(resolve(Map.of("IB_CREDENTIALS", " " + JSON + "\n"))).isEqualTo(EXPECTED);
    }

    @Test
    void jsonInOnlyOneOfUserOrPassword() {
      assertThat(resolve(Map.of("IB_USER", JSON))).isEqualTo(EXPECTED);
      assertThat(resolve(Map.of("IB_PASSWORD", JSON))).isEqualTo(EXPECTED);
    }

    @Test
    void mountedFile() throws IOException {
      Path file = Files.writeString(dir.resolve("ib.json"), JSON + "\n");
      assertThat(resolve(Map.of("IB_CREDENTIALS_FILE", file.toString()))).isEqualTo(EXPECTED);
    }

    @Test
    void secretManagerWithLatestAsDefaultVersion() {
      Credentials resolved =
          resolver(
                  Map.of("IB_CREDENTIALS_SECRET", "projects/p1/secrets/ib-paper"),
                  name -> {
                    secretReads.add(name);
                    return JSON;
                  })
              .resolve();
      assertThat(resolved).isEqualTo(EXPECTED);
      assertThat(secretReads).containsExactly("projects/p1/secrets/ib-paper/versions/latest");
    }

    @Test
    void secretManagerWithExplicitVersion() {
      resolver(
              Map.of("IB_CREDENTIALS_SECRET", "projects/p1/secrets/ib-paper/versions/3"),
              name -> {
                secretReads.add(name);
                return JSON;
              })
          .resolve();
      assertThat(secretReads).containsExactly("projects/p1/secrets/ib-paper/versions/3");
    }
  }

  @Nested
  class Order {
    @Test
    void plainVariablesWinOverEveryOtherSource() throws IOException {
      Path file =
          Files.writeString(dir.resolve("other.json"), "{\"userid\":\"x\",\"password\":\"y\"}");
      Map<String, String> env =
          Map.of(
              "IB_USER",
              USER,
              "IB_PASSWORD",
              PASSWORD,
              "IB_CREDENTIALS_FILE",
              file.toString(),
              "IB_CREDENTIALS_SECRET",
              "projects/p/secrets/s");
      assertThat(resolve(env)).isEqualTo(EXPECTED);
    }

    @Test
    void jsonInTheEnvironmentWinsOverFileAndSecret() {
      Map<String, String> env =
          Map.of(
              "IB_CREDENTIALS",
              JSON,
              "IB_CREDENTIALS_FILE",
              dir.resolve("missing.json").toString(),
              "IB_CREDENTIALS_SECRET",
              "projects/p/secrets/s");
      assertThat(resolve(env)).isEqualTo(EXPECTED);
    }

    @Test
    void fileWinsOverSecretManager() throws IOException {
      Path file = Files.writeString(dir.resolve("ib.json"), JSON);
      Map<String, String> env =
          Map.of(
              "IB_CREDENTIALS_FILE",
              file.toString(),
              "IB_CREDENTIALS_SECRET",
              "projects/p/secrets/s");
      assertThat(resolve(env)).isEqualTo(EXPECTED);
    }

    @Test
    void emptyVariablesCountAsUnset() throws IOException {
      Path file = Files.writeString(dir.resolve("ib.json"), JSON);
      Map<String, String> env = new HashMap<>();
      env.put("IB_USER", "");
      env.put("IB_PASSWORD", "");
      env.put("IB_CREDENTIALS", "");
      env.put("IB_CREDENTIALS_FILE", file.toString());
      assertThat(resolve(env)).isEqualTo(EXPECTED);
    }
  }

  /** Every failure names what to fix, and never quotes a credential. */
  @Nested
  class Failures {
    @Test
    void nothingSet() {
      assertThatThrownBy(() -> resolve(Map.of()))
          .isInstanceOf(LaunchException.class)
          .hasMessageContaining("no IB credentials")
          .hasMessageContaining("IB_CREDENTIALS_SECRET");
    }

    @Test
    void userWithoutPassword() {
      assertThatThrownBy(() -> resolve(Map.of("IB_USER", USER)))
          .hasMessage("IB_USER is set but IB_PASSWORD is not (expected: both)");
    }

    @Test
    void passwordWithoutUser() {
      assertThatThrownBy(() -> resolve(Map.of("IB_PASSWORD", PASSWORD)))
          .hasMessageStartingWith("IB_PASSWORD is set but IB_USER is not")
          .message()
          .doesNotContain(PASSWORD);
    }

    @Test
    void plainUserWithJsonPasswordIsAmbiguous() {
      assertThatThrownBy(() -> resolve(Map.of("IB_USER", USER, "IB_PASSWORD", JSON)))
          .hasMessageContaining("IB_USER is a plain user id but IB_PASSWORD holds a JSON object")
          .message()
          .doesNotContain(USER)
          .doesNotContain(PASSWORD);
    }

    @Test
    void twoDifferentJsonSecrets() {
      String other = "{\"userid\":\"trader8\",\"password\":\"other-pw\"}";
      assertThatThrownBy(() -> resolve(Map.of("IB_USER", JSON, "IB_PASSWORD", other)))
          .hasMessageContaining("IB_USER and IB_PASSWORD hold different JSON credentials")
          .message()
          .doesNotContain("other-pw")
          .doesNotContain(PASSWORD);
    }

    @Test
    void malformedJsonIsNotQuoted() {
      String broken = "{\"userid\":\"trader7\",\"password\":\"hunter2-secret\"";
      assertThatThrownBy(() -> resolve(Map.of("IB_CREDENTIALS", broken + "}}")))
          .isInstanceOf(LaunchException.class)
          .hasMessageStartingWith("IB_CREDENTIALS is not valid JSON")
          .hasNoCause()
          .message()
          .doesNotContain("hunter2");
    }

    @Test
    void missingPasswordField() {
      assertThatThrownBy(() -> resolve(Map.of("IB_CREDENTIALS", "{\"userid\":\"trader7\"}")))
          .hasMessageContaining("lacks the string field \"password\"")
          .message()
          .doesNotContain("trader7");
    }

    @Test
    void numericPasswordField() {
      assertThatThrownBy(
              () -> resolve(Map.of("IB_CREDENTIALS", "{\"userid\":\"u\",\"password\":1234567}")))
          .hasMessageContaining("lacks the string field \"password\"")
          .message()
          .doesNotContain("1234567");
    }

    @Test
    void ibCredentialsThatIsNotJson() {
      assertThatThrownBy(() -> resolve(Map.of("IB_CREDENTIALS", "trader7:pw")))
          .hasMessageStartingWith("IB_CREDENTIALS is set but is not a JSON object")
          .message()
          .doesNotContain("trader7");
    }

    @Test
    void unreadableFileNamesThePathOnly() {
      Path missing = dir.resolve("nope.json");
      assertThatThrownBy(() -> resolve(Map.of("IB_CREDENTIALS_FILE", missing.toString())))
          .hasMessage("cannot read IB_CREDENTIALS_FILE " + missing + " (NoSuchFileException)");
    }

    @Test
    void fileWithBrokenJson() throws IOException {
      Path file = Files.writeString(dir.resolve("ib.json"), "userid=trader7 password=hunter2");
      assertThatThrownBy(() -> resolve(Map.of("IB_CREDENTIALS_FILE", file.toString())))
          .hasMessageStartingWith("IB_CREDENTIALS_FILE " + file + " is not valid JSON")
          .message()
          .doesNotContain("hunter2");
    }

    @Test
    void badSecretName() {
      assertThatThrownBy(() -> resolve(Map.of("IB_CREDENTIALS_SECRET", "ib-paper")))
          .hasMessageStartingWith("IB_CREDENTIALS_SECRET is ib-paper (expected: projects/");
    }

    @Test
    void secretManagerFailure() {
      CredentialsResolver resolver =
          resolver(
              Map.of("IB_CREDENTIALS_SECRET", "projects/p/secrets/s/versions/2"),
              name -> {
                throw new IOException("PERMISSION_DENIED");
              });
      assertThatThrownBy(resolver::resolve)
          .hasMessage(
              "cannot read IB_CREDENTIALS_SECRET projects/p/secrets/s/versions/2:"
                  + " PERMISSION_DENIED");
    }
  }

  @Test
  void credentialsHideThemselvesInToString() {
    assertThat(EXPECTED.toString()).doesNotContain(USER).doesNotContain(PASSWORD);
  }
}
