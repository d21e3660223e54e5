package dev.ibtrading.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used, all its threads, from {@code /proc/<pid>/stat}. On a machine shared
 * with other builds wall times stretch with the load; the CPU a process spends to do the same work
 * stretches much less, so the reports show both.
 */
final class ProcessCpu {
  /** Linux reports utime and stime in USER_HZ ticks, 100 per second on every common platform. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private ProcessCpu() {}

  /** User plus system CPU time of {@code pid} so far, in nanoseconds. */
  static long nanos(long pid) throws IOException {
    return parseStat(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
  }

  /**
   * From a {@code stat} line: the fields after the command name (which may hold spaces and
   * parentheses, so the last {@code ')'} ends it) start at field 3, state; utime and stime are
   * fields 14 and 15.
   */
  static long parseStat(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * NANOS_PER_TICK;
  }
}
