package dev.ibtrading.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker/base/verify-download.sh: a download is used only if it matches its committed checksum. */
class VerifyDownloadScriptTests {
  private static final String SCRIPT = "base/verify-download.sh";
  private static final String PLACEHOLDER = "0".repeat(64);

  @TempDir Path dir;

  @Test
  void acceptsTheFileWhoseChecksumIsCommitted() throws Exception {
    Path file = Files.writeString(dir.resolve("ibgateway-10.45.1j-standalone-linux-x64.sh"), "x");
    Path sums =
        Files.writeString(
            dir.resolve("sums"),
            "# comment  ibgateway-10.45.1j-standalone-linux-x64.sh\n"
                + sha256("other")
                + "  ibgateway-10.44.1g-standalone-linux-x64.sh\n"
                + sha256("x")
                + "  ibgateway-10.45.1j-standalone-linux-x64.sh\n");

    ScriptRun run = ScriptRun.run(dir, Map.of(), SCRIPT, sums.toString(), file.toString());

    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output()).contains("checksum OK");
  }

  @Test
  void refusesAFileThatDiffers() throws Exception {
    Path file = Files.writeString(dir.resolve("IBCLinux-3.24.1.zip"), "tampered");
    Path sums =
        Files.writeString(dir.resolve("sums"), sha256("original") + "  IBCLinux-3.24.1.zip\n");

    ScriptRun run = ScriptRun.run(dir, Map.of(), SCRIPT, sums.toString(), file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output())
        .contains("checksum of IBCLinux-3.24.1.zip is " + sha256("tampered"))
        .contains("(expected: " + sha256("original"))
        .contains("run docker/base/supply-installers.sh");
  }

  @Test
  void refusesThePlaceholder() throws Exception {
    Path file = Files.writeString(dir.resolve("IBCLinux-3.24.1.zip"), "x");
    Path sums = Files.writeString(dir.resolve("sums"), PLACEHOLDER + "  IBCLinux-3.24.1.zip\n");

    ScriptRun run = ScriptRun.run(dir, Map.of(), SCRIPT, sums.toString(), file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output())
        .contains("is the all-zero placeholder")
        .contains("run docker/base/supply-installers.sh");
  }

  @Test
  void refusesAFileWithoutACommittedChecksum() throws Exception {
    Path file = Files.writeString(dir.resolve("IBCLinux-3.25.0.zip"), "x");
    Path sums = Files.writeString(dir.resolve("sums"), sha256("x") + "  IBCLinux-3.24.1.zip\n");

    ScriptRun run = ScriptRun.run(dir, Map.of(), SCRIPT, sums.toString(), file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output())
        .contains("no checksum for IBCLinux-3.25.0.zip")
        .contains("run docker/base/supply-installers.sh");
  }

  @Test
  void refusesAMissingDownloadNamingTheSupplyScript() throws Exception {
    Path sums = Files.writeString(dir.resolve("sums"), sha256("x") + "  IBCLinux-3.24.2.zip\n");

    ScriptRun run =
        ScriptRun.run(
            dir, Map.of(), SCRIPT, sums.toString(), dir.resolve("IBCLinux-3.24.2.zip").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output())
        .contains("no download " + dir.resolve("IBCLinux-3.24.2.zip"))
        .contains("run docker/base/supply-installers.sh");
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
  }
}
