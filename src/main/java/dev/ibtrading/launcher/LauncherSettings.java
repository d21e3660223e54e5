package dev.ibtrading.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the launcher is told, read from environment variables (it runs without Spring). Each
 * part documents its variables; the credential variables are read by {@link CredentialsResolver}.
 *
 * @param xvfb the virtual display
 * @param ibcConfig what goes into IBC's config.ini
 * @param ibc how IBC is started
 * @param worker how the worker is started
 * @param workerRestart how soon a worker that ended on its own is started again
 * @param workerStopTimeout {@code WORKER_STOP_TIMEOUT}, default {@code 8s}: on SIGTERM the worker
 *     is stopped first and may finish in-flight runs (its own graceful shutdown allows 8 s) while
 *     the gateway still serves it; then it is killed
 * @param gatewayStopTimeout {@code GATEWAY_STOP_TIMEOUT}, default {@code 1s}: then IBC, the gateway
 *     and Xvfb get this long before they are killed; 8 s + 1 s stays inside Cloud Run's 10 s
 */
record LauncherSettings(
    XvfbSettings xvfb,
    IbcConfig ibcConfig,
    IbcCommand ibc,
    WorkerCommand worker,
    WorkerRestartPolicy workerRestart,
    Duration workerStopTimeout,
    Duration gatewayStopTimeout) {

  /**
   * @param home the gateway user's home ({@code user.home})
   * @param javaHome the launcher's JRE ({@code java.home})
   */
  static LauncherSettings from(Map<String, String> environment, Path home, Path javaHome) {
    Env env = new Env(environment);
    return new LauncherSettings(
        XvfbSettings.from(env),
        IbcConfig.from(env),
        IbcCommand.from(env, home),
        WorkerCommand.from(env, javaHome),
        WorkerRestartPolicy.from(env),
        env.duration("WORKER_STOP_TIMEOUT", Duration.ofSeconds(8)),
        env.duration("GATEWAY_STOP_TIMEOUT", Duration.ofSeconds(1)));
  }
}
