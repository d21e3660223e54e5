package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secret search of {@link LauncherJarIT} finds every form it claims to. */
class SecretFormsTests {
  private static final String USER = "u-1";
  private static final String SECRET = "pw/1+a&b=\"c";
  private static final SecretForms FORMS = SecretForms.of(USER, SECRET);

  @TempDir Path dir;

  private static void assertFound(String text) {
    assertThatThrownBy(() -> FORMS.assertAbsentFrom(text, "log"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("log must not contain the secret");
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void findsTheSecretInEveryEncoding() {
    assertFound("login with " + SECRET + " failed");
    assertFound("GET /login?password=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8));
    assertFound("{\"password\":\"pw\\/1+a&b=\\\"c\"}");
    assertFound("token " + base64(SECRET) + " end");
    assertFound("Authorization: Basic " + base64(USER + ":" + SECRET));
    assertFound(
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void passesTextWithoutIt() {
    FORMS.assertAbsentFrom("login as " + USER + " with pw/1+a&b (truncated)", "log");
    assertThat(FORMS.all())
        .contains(
            SECRET,
            URLEncoder.encode(SECRET, StandardCharsets.UTF_8),
            base64(SECRET).replace("=", ""));
  }

  @Test
  void searchesEveryFileUnderADirectory() throws Exception {
    Files.writeString(dir.resolve("clean.log"), "nothing here\n");
    Path nested = Files.createDirectories(dir.resolve("a/b"));
    Files.write(nested.resolve("leak.bin"), ("\0\1" + SECRET).getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> FORMS.assertAbsentFromFilesUnder(dir))
        .hasMessageContaining("leak.bin");
    Files.delete(nested.resolve("leak.bin"));
    assertThat(FORMS.assertAbsentFromFilesUnder(dir)).containsExactly(dir.resolve("clean.log"));
  }
}
