package dev.ibtrading.launcher;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The launcher as a real process (its own JVM, as in the container) with the stubs of {@link
 * LauncherStubs}, output in {@code launcher.log}. Closing kills whatever is left, so a failing test
 * leaves no process behind.
 */
final class LauncherRun implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(60);

  final Path dir;
  final Path log;
  final Path configFile;
  private final Process process;
  private final List<ProcessHandle> seen = new ArrayList<>();

  private LauncherRun(Path dir, Process process) {
    this.dir = dir;
    this.log = dir.resolve("launcher.log");
    this.configFile = dir.resolve("ibc/config.ini");
    this.process = process;
  }

  /** The environment that points the launcher at the stubs in {@code dir}. */
  static Map<String, String> stubEnvironment(Path dir) throws IOException {
    Path[] stubs = LauncherStubs.write(dir);
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("STUB_DIR", dir.toString());
    env.put("XVFB", stubs[0].toString());
    env.put("XVFB_SOCKET_DIR", dir.resolve("x11").toString());
    env.put("XVFB_DISPLAY", ":5");
    env.put("IBC_START", stubs[1].toString());
    env.put("IBGATEWAY_VERSION", "10.45.1j");
    env.put("TWS_PATH", dir.resolve("jts").toString());
    env.put("IBC_INI", dir.resolve("ibc/config.ini").toString());
    env.put("WORKER_JAVA", stubs[2].toString());
    env.put("WORKER_JAR", dir.resolve("worker.jar").toString());
    return env;
  }

  /** Starts {@code java ... LaunchCommand} on the test classpath with exactly {@code env}. */
  static LauncherRun start(Path dir, Map<String, String> env) throws IOException {
    return start(
        dir,
        env,
        List.of(
            javaBin(),
            "-Xmx64m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            LaunchCommand.class.getName()));
  }

  static LauncherRun start(Path dir, Map<String, String> env, List<String> command)
      throws IOException {
    // in the test's directory, so that whatever the processes write lands there
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
    builder.redirectOutput(dir.resolve("launcher.log").toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    return new LauncherRun(dir, builder.start());
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  long pid() {
    return process.pid();
  }

  /** Waits until the stub named {@code name} has recorded its pid, and returns it. */
  long awaitPid(String name) {
    Path file = dir.resolve(name + ".pid");
    await("pid of " + name).atMost(WAIT).until(() -> Files.exists(file) || !process.isAlive());
    if (!Files.exists(file)) {
      throw new AssertionError("launcher ended before " + name + " started:\n" + logText());
    }
    long pid = Long.parseLong(read(file).strip());
    ProcessHandle.of(pid).ifPresent(seen::add);
    return pid;
  }

  /**
   * Waits until the stub named {@code name} has recorded a pid other than {@code previous} (it was
   * started again), and returns it.
   */
  long awaitNewPid(String name, long previous) {
    Path file = dir.resolve(name + ".pid");
    await("new pid of " + name)
        .atMost(WAIT)
        .until(() -> !process.isAlive() || !read(file).strip().equals(String.valueOf(previous)));
    long pid = Long.parseLong(read(file).strip());
    if (pid == previous) {
      throw new AssertionError("launcher ended before " + name + " started again:\n" + logText());
    }
    ProcessHandle.of(pid).ifPresent(seen::add);
    return pid;
  }

  /** Waits until the launcher's output contains {@code text}. */
  void awaitLog(String text) {
    await("launcher log line: " + text)
        .atMost(WAIT)
        .until(() -> logText().contains(text) || !process.isAlive());
    if (!logText().contains(text)) {
      throw new AssertionError("launcher ended without logging " + text + ":\n" + logText());
    }
  }

  /** Every process below the launcher now. */
  List<ProcessHandle> descendants() {
    List<ProcessHandle> all = process.descendants().toList();
    seen.addAll(all);
    return all;
  }

  /** Sends SIGTERM, as Cloud Run does, and waits (bounded) for the exit status. */
  int terminate() throws InterruptedException {
    descendants();
    process.destroy();
    return awaitExit();
  }

  /** Waits (bounded) for the launcher to end on its own; returns its status. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError("launcher still running after " + WAIT + ":\n" + logText());
    }
    return process.exitValue();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String logText() {
    return Files.exists(log) ? read(log) : "";
  }

  List<String> events() {
    Path events = dir.resolve("events");
    return Files.exists(events) ? List.of(read(events).split("\n")) : List.of();
  }

  /**
   * Whether the process still runs. A zombie has ended: once the launcher is gone its children are
   * reaped by PID 1 (tini in the container), which need not be prompt on a test machine.
   */
  static boolean isAlive(long pid) {
    if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return false;
    }
    String stat = state(pid);
    // /proc/<pid>/stat: "pid (comm) S ...", the state letter after the command's closing bracket
    int end = stat.lastIndexOf(')');
    return end >= 0 && end + 2 < stat.length() && "ZX".indexOf(stat.charAt(end + 2)) < 0;
  }

  /** {@code /proc/<pid>/stat}, or {@code gone}. */
  static String state(long pid) {
    try {
      return proc(pid, "stat");
    } catch (IOException e) {
      return "gone";
    }
  }

  /** {@code /proc/<pid>/cmdline} with the NUL separators as spaces. */
  static String commandLine(long pid) throws IOException {
    return proc(pid, "cmdline").replace('\0', ' ').strip();
  }

  /** {@code /proc/<pid>/environ} as NAME=value lines. */
  static List<String> environment(long pid) throws IOException {
    return List.of(proc(pid, "environ").split("\0"));
  }

  private static String proc(long pid, String file) throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), file));
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    descendants();
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    seen.forEach(ProcessHandle::destroyForcibly);
  }
}
