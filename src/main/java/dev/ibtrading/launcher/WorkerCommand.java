package dev.ibtrading.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the worker (the Spring Boot application) is started. It reads its own settings from the same
 * environment ({@code TRADING_MODE}, {@code IB_GATEWAY_PORT}, {@code PORT}, ...), without the
 * credential variables.
 *
 * @param java {@code WORKER_JAVA}, default the launcher's own {@code java}
 * @param jvmOptions {@code WORKER_JAVA_OPTS}, whitespace-separated; the app image sizes the heap
 *     there for its memory limit; unset leaves the JVM's defaults
 * @param jar {@code WORKER_JAR}, default {@code /app/ib-trading.jar}
 */
public record WorkerCommand(Path java, List<String> jvmOptions, Path jar) {
  static WorkerCommand from(Env env, Path javaHome) {
    return new WorkerCommand(
        env.path("WORKER_JAVA", javaHome.resolve("bin/java")),
        List.copyOf(env.words("WORKER_JAVA_OPTS", "")),
        env.path("WORKER_JAR", Path.of("/app/ib-trading.jar")));
  }

  List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    return command;
  }
}
