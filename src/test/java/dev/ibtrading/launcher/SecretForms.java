package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The forms in which a secret could end up in a log: as is, URL-encoded, base64 (standard and
 * URL-safe, unpadded, which the padded forms contain), JSON-escaped, and the HTTP basic form {@code
 * user:password} in base64; and a search for them in text and in every file under a directory.
 */
public final class SecretForms {
  private final Set<String> forms = new LinkedHashSet<>();

  private SecretForms() {}

  /** The forms of {@code secret}, and {@code user:secret} in base64 (HTTP basic). */
  public static SecretForms of(String user, String secret) {
    SecretForms found = new SecretForms();
    found.add(secret);
    byte[] basic = (user + ":" + secret).getBytes(StandardCharsets.UTF_8);
    found.forms.add(Base64.getEncoder().withoutPadding().encodeToString(basic));
    found.forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(basic));
    return found;
  }

  private void add(String text) {
    forms.add(text);
    forms.add(URLEncoder.encode(text, StandardCharsets.UTF_8));
    forms.add(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    forms.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
    forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public List<String> all() {
    return List.copyOf(forms);
  }

  /** Fails naming the form and where, if {@code text} contains one. */
  public void assertAbsentFrom(String text, String where) {
    for (String form : forms) {
      assertThat(text)
          .as("%s must not contain the secret in the form %s", where, form)
          .doesNotContain(form);
    }
  }

  /**
   * Fails if any regular file under {@code dir} contains a form (bytes read as ISO-8859-1, so a
   * binary file is searched too); returns the files searched.
   */
  public List<Path> assertAbsentFromFilesUnder(Path dir) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.add(file);
        assertAbsentFrom(Files.readString(file, StandardCharsets.ISO_8859_1), file.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
