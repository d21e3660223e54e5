package dev.ibtrading.launcher;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A started child process and its role.
 *
 * @param role what it is
 * @param process the running process
 */
record Child(Role role, Process process) {
  /**
   * Starts a child with inherited standard streams (its output goes to the container log) and the
   * credential variables removed from its environment.
   *
   * @param extraEnvironment added after scrubbing, e.g. {@code DISPLAY}
   */
  static Child start(Role role, List<String> command, Map<String, String> extraEnvironment) {
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    ChildEnvironment.scrub(builder.environment());
    builder.environment().putAll(extraEnvironment);
    try {
      return new Child(role, builder.start());
    } catch (IOException e) {
      // the message names the program; the command line holds no credential
      throw new LaunchException(
          "cannot start " + role + " (" + command.get(0) + "): " + e.getMessage());
    }
  }

  long pid() {
    return process.pid();
  }

  /**
   * The process and its descendants now. Taken before signalling: once a shell parent dies, its
   * children are re-parented and can no longer be found through it.
   */
  List<ProcessHandle> tree() {
    return Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
  }

  @Override
  public String toString() {
    return role + " (pid " + pid() + ")";
  }
}
