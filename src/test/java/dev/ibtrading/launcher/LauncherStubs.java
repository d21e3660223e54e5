package dev.ibtrading.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Stand-ins for Xvfb, IBC and the worker: small bash scripts written into a test's directory. Each
 * appends {@code <name>-start} to the events file, records its pid in {@code <name>.pid} and its
 * arguments in {@code <name>.args}, then waits (at most 10 minutes, so nothing outlives a broken
 * test) until it gets SIGTERM or a file {@code <name>.exit} appears, whereupon it removes the file
 * and exits with the status the file holds, 7 when it is empty (so that a worker started again runs
 * until the file appears once more). On SIGTERM it appends {@code <name>-term}. The directory comes
 * from {@code STUB_DIR}.
 *
 * <ul>
 *   <li>Xvfb creates {@code $XVFB_SOCKET_DIR/X<n>} for display {@code :<n>} unless {@code
 *       STUB_XVFB_NO_SOCKET} is set.
 *   <li>IBC starts a child {@code sleep} as its "gateway" (pid in {@code gateway.pid}) and, like a
 *       shell without a trap, does not pass SIGTERM on: the launcher has to stop the grandchild.
 *   <li>The worker, with {@code STUB_WORKER_TERM=ignore}, ignores SIGTERM; otherwise it takes a
 *       moment to stop and then appends {@code worker-stopped}.
 * </ul>
 */
final class LauncherStubs {
  private static final String COMMON =
      """
      #!/bin/bash
      name="$1"; shift
      echo "$name-start" >> "$STUB_DIR/events"
      echo $$ > "$STUB_DIR/$name.pid.tmp" && mv "$STUB_DIR/$name.pid.tmp" "$STUB_DIR/$name.pid"
      printf '%s\\n' "$@" > "$STUB_DIR/$name.args"
      wait_for_exit_file() {
        for _ in $(seq 6000); do
          if [[ -e "$STUB_DIR/$name.exit" ]]; then
            status=$(cat "$STUB_DIR/$name.exit")
            rm -f "$STUB_DIR/$name.exit"
            exit "${status:-7}"
          fi
          sleep 0.1
        done
      }
      """;

  private static final String XVFB =
      """
      trap 'echo "$name-term" >> "$STUB_DIR/events"; exit 0' TERM
      if [[ -z "${STUB_XVFB_NO_SOCKET:-}" ]]; then
        mkdir -p "$XVFB_SOCKET_DIR" && touch "$XVFB_SOCKET_DIR/X${1#:}"
      fi
      wait_for_exit_file
      """;

  private static final String IBC =
      """
      sleep 600 &
      echo $! > "$STUB_DIR/gateway.pid"
      trap 'echo "$name-term" >> "$STUB_DIR/events"; exit 0' TERM
      wait_for_exit_file
      """;

  private static final String WORKER =
      """
      if [[ "${STUB_WORKER_TERM:-}" == ignore ]]; then
        trap '' TERM
      else
        trap 'echo "$name-term" >> "$STUB_DIR/events"; sleep 0.3; echo "$name-stopped" >> "$STUB_DIR/events"; exit 0' TERM
      fi
      wait_for_exit_file
      """;

  private LauncherStubs() {}

  /** Writes the three stubs into {@code dir} and returns the paths: xvfb, ibc, worker. */
  static Path[] write(Path dir) throws IOException {
    Path common = script(dir.resolve("stub-common.sh"), COMMON);
    return new Path[] {
      wrapper(dir, "xvfb", common, XVFB),
      wrapper(dir, "ibc", common, IBC),
      wrapper(dir, "worker", common, WORKER)
    };
  }

  private static Path wrapper(Path dir, String name, Path common, String body) throws IOException {
    String text =
        "#!/bin/bash\nset -- "
            + name
            + " \"$@\"\n# shellcheck disable=SC1090\nsource "
            + common
            + "\n"
            + body;
    return script(dir.resolve(name + "-stub.sh"), text);
  }

  private static Path script(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }
}
