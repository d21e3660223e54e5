package dev.ibtrading.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Stand-ins for the base image's two downloads, which cannot be made here, with the real ones'
 * names and layout (docker/test/stand-ins/): an "installer" that lays out the gateway directory
 * with a JRE (jlink of this JDK) and the project's paper gateway as the gateway, and an IBC zip
 * whose start script starts it as IBC would. They go into the build context's {@code downloads/}
 * with checksum files of their own, which the test names in the build arguments {@code
 * IBGATEWAY_SHA256_FILE} and {@code IBC_SHA256_FILE}: the Dockerfile's own steps verify and install
 * them.
 */
final class StandInDownloads {
  static final String GATEWAY_SUMS = "standin-ibgateway.sha256";
  static final String IBC_SUMS = "standin-ibc.sha256";
  private static final Path STAND_INS = Podman.TEST_CONFIG.resolve("stand-ins");

  /** The modules the paper gateway (Spring Boot's jar launcher) and the window check load. */
  private static final List<String> JRE_MODULES =
      List.of(
          "java.base",
          "java.desktop",
          "java.instrument",
          "java.logging",
          "java.management",
          "java.naming",
          "java.net.http",
          "java.security.jgss",
          "java.sql",
          "java.xml",
          "jdk.crypto.ec",
          "jdk.unsupported",
          "jdk.zipfs");

  private StandInDownloads() {}

  static String installerName(String gatewayVersion) {
    return "ibgateway-" + gatewayVersion + "-standalone-linux-x64.sh";
  }

  static String ibcZipName(String ibcVersion) {
    return "IBCLinux-" + ibcVersion + ".zip";
  }

  /**
   * Writes both downloads into {@code context/downloads/} and their checksums into {@link
   * #GATEWAY_SUMS} and {@link #IBC_SUMS} in {@code context}; {@code work} holds what is made on the
   * way.
   */
  static void write(Path context, Path work, Path jar, String gatewayVersion, String ibcVersion)
      throws IOException {
    Path downloads = Files.createDirectories(context.resolve("downloads"));
    Path installer = downloads.resolve(installerName(gatewayVersion));
    writeInstaller(installer, work, jar);
    Path zip = downloads.resolve(ibcZipName(ibcVersion));
    writeIbcZip(zip);
    Files.writeString(context.resolve(GATEWAY_SUMS), sumLine(installer));
    Files.writeString(context.resolve(IBC_SUMS), sumLine(zip));
  }

  private static void writeInstaller(Path installer, Path work, Path jar) throws IOException {
    Path layout = Files.createDirectories(work.resolve("installer-layout"));
    Path jars = Files.createDirectories(layout.resolve("jars"));
    Files.copy(jar, jars.resolve("ib-trading.jar"));
    writeWindowJar(jars.resolve("gateway-window.jar"));
    // IB's file ships more lines; install-ibgateway.sh replaces the -Xmx one.
    Files.writeString(layout.resolve("ibgateway.vmoptions"), "-Xmx768m\n-XX:+UseSerialGC\n");
    run(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "jlink").toString(),
            "--add-modules",
            String.join(",", JRE_MODULES),
            "--strip-debug",
            "--no-header-files",
            "--no-man-pages",
            "--output",
            layout.resolve("jre").toString()),
        work);
    Path payload = work.resolve("payload.tar");
    run(List.of("tar", "-cf", payload.toString(), "-C", layout.toString(), "."), work);
    Files.copy(STAND_INS.resolve("installer-header.sh"), installer);
    try (OutputStream out = Files.newOutputStream(installer, StandardOpenOption.APPEND)) {
      Files.copy(payload, out);
    }
    Files.delete(payload);
  }

  private static void writeIbcZip(Path zip) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      // the real zip's top-level start scripts; the launcher uses scripts/ibcstart.sh only
      out.putNextEntry(new ZipEntry("gatewaystart.sh"));
      out.write(
          "#!/bin/sh\necho 'stand-in IBC: the launcher starts scripts/ibcstart.sh' >&2\nexit 1\n"
              .getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("scripts/ibcstart.sh"));
      Files.copy(STAND_INS.resolve("ibcstart.sh"), out);
      out.closeEntry();
    }
  }

  private static void writeWindowJar(Path jar) throws IOException {
    String entry = GatewayWindow.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        InputStream in = GatewayWindow.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
  }

  private static String sumLine(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest()) + "  " + file.getFileName() + "\n";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run(List<String> command, Path dir) {
    try {
      Path log = Files.createTempFile(dir, "command-", ".log");
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new AssertionError(command + " failed:\n" + Files.readString(log));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + command, e);
    }
  }
}
