package dev.ibtrading.docker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of a script under docker/: its status and its combined output. */
record ScriptRun(int status, String output) {
  static final Path DOCKER = Path.of(System.getProperty("basedir", "."), "docker");

  /** Runs {@code bash docker/<script> args...} in {@code dir} with extra environment variables. */
  static ScriptRun run(Path dir, Map<String, String> env, String script, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", DOCKER.resolve(script).toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectErrorStream(true);
    Path out = dir.resolve("script-output.txt");
    builder.redirectOutput(out.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(script + " still running after 60 s");
    }
    return new ScriptRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  static Path executable(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }
}
