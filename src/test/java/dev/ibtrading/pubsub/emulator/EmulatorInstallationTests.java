package dev.ibtrading.pubsub.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the emulator from PATH and CLOUDSDK_ROOT_DIR, on fake SDK trees. */
class EmulatorInstallationTests {
  private static final Path JAVA = Path.of("/opt/jdk/bin/java");

  @TempDir Path dir;

  @Test
  void findsTheJarBesideTheRealGcloudBehindASymlink() throws IOException {
    Path sdk = fakeSdk("sdk", "0.8.20");
    Path bin = Files.createDirectories(dir.resolve("usr-bin"));
    Files.createSymbolicLink(bin.resolve("gcloud"), sdk.resolve("bin/gcloud"));

    EmulatorInstallation found =
        EmulatorInstallation.find(Map.of("PATH", "/nonexistent:" + bin), JAVA).orElseThrow();

    assertThat(found.jar())
        .isEqualTo(
            sdk.resolve(EmulatorInstallation.JAR_DIR + "/cloud-pubsub-emulator-0.8.20-all.jar"));
    assertThat(found.command("127.0.0.1", 18085))
        .containsExactly(
            JAVA.toString(),
            "-Xmx128m",
            "-XX:+UseSerialGC",
            "-jar",
            found.jar().toString(),
            "--host=127.0.0.1",
            "--port=18085");
    assertThat(found.environment()).isEmpty();
  }

  @Test
  void prefersCloudSdkRootDirAndTheNewestJar() throws IOException {
    Path sdk = fakeSdk("other-sdk", "0.8.19");
    Files.createFile(
        sdk.resolve(EmulatorInstallation.JAR_DIR + "/cloud-pubsub-emulator-0.8.21-all.jar"));

    EmulatorInstallation found =
        EmulatorInstallation.find(Map.of("CLOUDSDK_ROOT_DIR", sdk.toString()), JAVA).orElseThrow();

    assertThat(found.jar().getFileName().toString())
        .isEqualTo("cloud-pubsub-emulator-0.8.21-all.jar");
    assertThat(found.gcloud()).isNull();
  }

  @Test
  void fallsBackToTheGcloudWrapperWhenNoJarIsInstalled() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    // A gcloud that knows no SDK root: `gcloud info` prints nothing and fails.
    executable(bin.resolve("gcloud"), "#!/bin/sh\nexit 1\n");

    EmulatorInstallation found =
        EmulatorInstallation.find(Map.of("PATH", bin.toString()), JAVA).orElseThrow();

    assertThat(found.jar()).isNull();
    assertThat(found.command("127.0.0.1", 18086))
        .containsExactly(
            bin.resolve("gcloud").toString(),
            "beta",
            "emulators",
            "pubsub",
            "start",
            "--host-port=127.0.0.1:18086",
            "--quiet");
    assertThat(found.environment()).containsEntry("JAVA_OPTS", "-Xmx128m");
  }

  @Test
  void asksGcloudInfoForTheSdkRootWhenTheBinaryIsNotInIt() throws IOException {
    Path sdk = fakeSdk("sdk", "0.8.20");
    Path bin = Files.createDirectories(dir.resolve("shim"));
    executable(bin.resolve("gcloud"), "#!/bin/sh\necho '" + sdk + "'\n");

    Optional<EmulatorInstallation> found =
        EmulatorInstallation.find(Map.of("PATH", bin.toString()), JAVA);

    assertThat(found.orElseThrow().jar()).startsWith(sdk);
  }

  @Test
  void findsNothingWithoutGcloudOrSdk() {
    assertThat(EmulatorInstallation.find(Map.of("PATH", dir.toString()), JAVA)).isEmpty();
    assertThat(EmulatorInstallation.find(Map.of(), JAVA)).isEmpty();
  }

  @Test
  void needsAJarOrGcloud() {
    assertThatThrownBy(() -> new EmulatorInstallation(null, null, JAVA))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Path fakeSdk(String name, String version) throws IOException {
    Path sdk = dir.resolve(name);
    Path lib = Files.createDirectories(sdk.resolve(EmulatorInstallation.JAR_DIR));
    Files.createFile(lib.resolve("cloud-pubsub-emulator-" + version + "-all.jar"));
    Files.createDirectories(sdk.resolve("bin"));
    executable(sdk.resolve("bin/gcloud"), "#!/bin/sh\nexit 1\n");
    return sdk;
  }

  private static void executable(Path file, String script) throws IOException {
    Files.writeString(file, script);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
