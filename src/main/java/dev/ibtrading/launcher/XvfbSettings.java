package dev.ibtrading.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The virtual display the gateway's Swing window lives on.
 *
 * @param program {@code XVFB}, default {@code Xvfb} (looked up on the PATH)
 * @param display {@code XVFB_DISPLAY}, default {@code :1}; IBC gets it as {@code DISPLAY}
 * @param args {@code XVFB_ARGS}, default {@code -screen 0 1024x768x24 -nolisten tcp -ac}: no TCP
 *     listener, so only processes in the container reach the display, and no access control among
 *     them (the gateway needs no X authority file)
 * @param socketDir {@code XVFB_SOCKET_DIR}, default {@code /tmp/.X11-unix}: Xvfb is ready when
 *     {@code <socketDir>/X<n>} exists
 * @param timeout {@code XVFB_TIMEOUT}, default {@code 30s}: how long to wait for that socket
 */
record XvfbSettings(
    String program, String display, List<String> args, Path socketDir, Duration timeout) {
  private static final Pattern DISPLAY = Pattern.compile(":\\d{1,4}");

  static XvfbSettings from(Env env) {
    return new XvfbSettings(
        env.string("XVFB", "Xvfb"),
        env.matching("XVFB_DISPLAY", ":1", DISPLAY, "a display like :1"),
        List.copyOf(env.words("XVFB_ARGS", "-screen 0 1024x768x24 -nolisten tcp -ac")),
        env.path("XVFB_SOCKET_DIR", Path.of("/tmp/.X11-unix")),
        env.duration("XVFB_TIMEOUT", Duration.ofSeconds(30)));
  }

  /** The socket Xvfb creates once it accepts clients. */
  Path socket() {
    return socketDir.resolve("X" + display.substring(1));
  }

  List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(program);
    command.add(display);
    command.addAll(args);
    return command;
  }
}
