package dev.ibtrading.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How IBC's {@code ibcstart.sh} is started: the gateway's parent, which relaunches it on the daily
 * auto-restart and the Sunday cold restart. Its arguments hold paths and the mode, never
 * credentials (those are in config.ini only).
 *
 * @param startScript {@code IBC_START}, default {@code $IBC_PATH/scripts/ibcstart.sh}
 * @param ibcPath {@code IBC_PATH}, default {@code /opt/ibc}
 * @param majorVersion {@code TWS_MAJOR_VRSN}, else derived from {@code IBGATEWAY_VERSION} (the base
 *     image sets it: {@code 10.45.1j} gives {@code 1045}); the install is {@code
 *     $TWS_PATH/ibgateway/<major>}
 * @param twsPath {@code TWS_PATH}, default {@code ~/Jts}
 * @param settingsPath {@code TWS_SETTINGS_PATH} (jts.ini, the gateway's settings and logs), default
 *     {@code TWS_PATH}
 * @param configFile {@code IBC_INI}, default {@code ~/ibc/config.ini}; written by the launcher
 * @param javaPath {@code IBC_JAVA_PATH}, the folder holding the gateway's {@code java}; unset lets
 *     IBC take the installer's JRE from {@code .install4j/pref_jre.cfg}, which the base image
 *     writes
 * @param twoFactorTimeoutAction {@code TWOFA_TIMEOUT_ACTION}: {@code restart} (default) relaunches
 *     the gateway when IBC gives up on a second factor, inside the container; {@code exit} ends
 *     IBC, and with it the container
 */
record IbcCommand(
    Path startScript,
    Path ibcPath,
    String majorVersion,
    Path twsPath,
    Path settingsPath,
    Path configFile,
    Optional<Path> javaPath,
    String twoFactorTimeoutAction) {

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(\\.\\d+[a-z]*)?");

  static IbcCommand from(Env env, Path home) {
    Path ibcPath = env.path("IBC_PATH", Path.of("/opt/ibc"));
    Path twsPath = env.path("TWS_PATH", home.resolve("Jts"));
    return new IbcCommand(
        env.path("IBC_START", ibcPath.resolve("scripts/ibcstart.sh")),
        ibcPath,
        env.optional("TWS_MAJOR_VRSN").orElseGet(() -> majorFromVersion(env)),
        twsPath,
        env.path("TWS_SETTINGS_PATH", twsPath),
        env.path("IBC_INI", home.resolve("ibc/config.ini")),
        env.optional("IBC_JAVA_PATH").map(Path::of),
        env.choice("TWOFA_TIMEOUT_ACTION", "restart", List.of("restart", "exit")));
  }

  private static String majorFromVersion(Env env) {
    String version =
        env.optional("IBGATEWAY_VERSION")
            .orElseThrow(
                () ->
                    new LaunchException(
                        "neither TWS_MAJOR_VRSN nor IBGATEWAY_VERSION is set (expected: the"
                            + " installed gateway's version, e.g. IBGATEWAY_VERSION=10.45.1j)"));
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw Env.invalid("IBGATEWAY_VERSION", version, "a version like 10.45.1j");
    }
    return matcher.group(1) + matcher.group(2);
  }

  /** The command line for the given mode. */
  List<String> command(String mode) {
    List<String> command = new ArrayList<>();
    command.add(startScript.toString());
    command.add(majorVersion);
    command.add("--gateway");
    command.add("--tws-path=" + twsPath);
    command.add("--tws-settings-path=" + settingsPath);
    command.add("--ibc-path=" + ibcPath);
    command.add("--ibc-ini=" + configFile);
    command.add("--mode=" + mode);
    command.add("--on2fatimeout=" + twoFactorTimeoutAction);
    javaPath.ifPresent(path -> command.add("--java-path=" + path));
    return command;
  }
}
