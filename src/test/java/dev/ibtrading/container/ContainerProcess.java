package dev.ibtrading.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One process of a running container, as {@code podman top} lists it, with its command line and
 * environment read from the host's {@code /proc} (root podman: a container's processes are the
 * host's). Read on the host, not through {@code podman exec}, whose own process would carry the
 * container's environment.
 *
 * @param hostPid the pid on the host
 * @param pid the pid in the container
 * @param user the user it runs as, by the container's names
 * @param commandLine its arguments, joined by spaces
 * @param environment its {@code NAME=value} entries
 */
record ContainerProcess(
    long hostPid, long pid, String user, String commandLine, List<String> environment) {

  /** The container's processes alive now (one that ends while being read is left out). */
  static List<ContainerProcess> list(Podman podman, String container) {
    String table = podman.check("top", container, "hpid", "pid", "user");
    List<ContainerProcess> processes = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      String[] columns = line.strip().split("\\s+");
      if (columns.length < 3 || !columns[0].matches("\\d+")) {
        continue; // the header
      }
      read(Long.parseLong(columns[0]), Long.parseLong(columns[1]), columns[2])
          .ifPresent(processes::add);
    }
    return processes;
  }

  private static Optional<ContainerProcess> read(long hostPid, long pid, String user) {
    Path proc = Path.of("/proc", String.valueOf(hostPid));
    try {
      String commandLine =
          new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
              .replace('\0', ' ')
              .strip();
      List<String> environment =
          Arrays.stream(
                  new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8)
                      .split("\0"))
              .filter(entry -> !entry.isEmpty())
              .toList();
      return Optional.of(new ContainerProcess(hostPid, pid, user, commandLine, environment));
    } catch (IOException e) {
      return Optional.empty(); // ended in between, e.g. a shell's sleep
    }
  }

  /** What the test output may show: no environment, which can hold the credentials. */
  @Override
  public String toString() {
    return "pid " + pid + " (host " + hostPid + ", " + user + ")";
  }
}
