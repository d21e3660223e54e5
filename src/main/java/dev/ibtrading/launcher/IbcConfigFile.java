package dev.ibtrading.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * IBC's config.ini, the only place the credentials are written. The file is created with mode 0600
 * (owned by the user the launcher runs as, the gateway user in the image) in a directory created
 * with mode 0700, written to a temporary file first and moved into place, so it never exists with
 * wider permissions or half written. IBC reads it with {@link java.util.Properties#load(
 * java.io.InputStream)} (ISO-8859-1, backslash escapes), so values are escaped for exactly that.
 */
final class IbcConfigFile {
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR =
      PosixFilePermissions.fromString("rwx------");

  private final Path file;

  IbcConfigFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  Path path() {
    return file;
  }

  /** Renders and writes the file; errors name the path only. */
  void write(Map<String, String> entries) {
    StringBuilder text =
        new StringBuilder("# Written by the ib-trading launcher on every start; edits are lost.\n");
    entries.forEach(
        (key, value) -> text.append(key).append('=').append(escape(value)).append('\n'));
    byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    Path dir = file.getParent();
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
      }
      Path temp =
          Files.createTempFile(
              dir, ".config", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      try {
        Files.write(temp, bytes);
        move(temp);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new LaunchException(
          "cannot write IBC's config file " + file + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Removes the file when the launcher stops; a failure is only worth a log line. */
  void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  private void move(Path temp) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Escapes a value for {@code Properties.load}: backslash, a leading space, the characters that
   * start comments or separate keys, and everything outside printable ASCII (so a line break in a
   * password can never start a new key, and any character survives the ISO-8859-1 file).
   */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ' ' -> out.append(i == 0 ? "\\ " : " ");
        case '#', '!', '=', ':' -> out.append('\\').append(c);
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
