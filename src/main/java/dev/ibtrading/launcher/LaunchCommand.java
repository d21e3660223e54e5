package dev.ibtrading.launcher;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar ib-trading.jar launch}: the container's main process, see {@link Launcher}. It
 * takes no arguments; its settings are environment variables ({@link LauncherSettings}, {@link
 * CredentialsResolver}). It logs to standard error; the children's output passes through.
 */
public final class LaunchCommand {
  /** The first argument that selects this command. */
  public static final String NAME = "launch";

  private static final String LOG_CONFIG_PROPERTY = "logback.configurationFile";
  private static final int USAGE_ERROR = 2;

  private LaunchCommand() {}

  /** Runs the launcher; {@code args} are the arguments after {@value #NAME} (none). */
  public static void main(String[] args) {
    if (System.getProperty(LOG_CONFIG_PROPERTY) == null) {
      // before the first logger exists
      System.setProperty(LOG_CONFIG_PROPERTY, "dev/ibtrading/launcher/launcher-logback.xml");
    }
    if (args.length > 0) {
      System.err.println(
          NAME
              + ": takes no arguments; it is configured by environment variables (docker/README.md)");
      System.exit(USAGE_ERROR);
      return;
    }
    Launcher launcher;
    try {
      LauncherSettings settings =
          LauncherSettings.from(
              System.getenv(),
              Path.of(System.getProperty("user.home")),
              Path.of(System.getProperty("java.home")));
      launcher =
          new Launcher(
              settings, new CredentialsResolver(System.getenv(), SecretManagerReader::new));
    } catch (LaunchException e) {
      LoggerFactory.getLogger(LaunchCommand.class).error("invalid settings: {}", e.getMessage());
      System.exit(Launcher.FAILED);
      return;
    }
    int status = launcher.run();
    if (status != 0) {
      System.exit(status);
    }
  }
}
