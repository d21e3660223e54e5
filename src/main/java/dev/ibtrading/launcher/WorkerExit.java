package dev.ibtrading.launcher;

import java.time.Duration;
import java.time.Instant;

/**
 * How a worker ended on its own, in words an operator can act on.
 *
 * @param status the exit status as {@link Process#exitValue()} reports it: 128 plus the signal
 *     number for a process killed by a signal
 * @param at when the launcher saw it end
 * @param ranFor how long it had run
 */
record WorkerExit(int status, Instant at, Duration ranFor) {
  // HotSpot's -XX:+ExitOnOutOfMemoryError exits with 3 (openjdk/jdk,
  // src/hotspot/share/utilities/debug.cpp, report_java_out_of_memory); the app image sets it
  static final int OUT_OF_MEMORY = 3;
  private static final int SIGNALLED = 128;

  /** The status and what it most likely means, e.g. {@code status 3 (out of memory ...)}. */
  String reason() {
    String meaning =
        switch (status) {
          case OUT_OF_MEMORY -> " (out of memory: the JVM's ExitOnOutOfMemoryError)";
          case SIGNALLED + 9 -> " (SIGKILL: the kernel's out-of-memory killer, or kill -9)";
          case SIGNALLED + 6 -> " (SIGABRT: the JVM crashed, see its hs_err file)";
          case SIGNALLED + 15 -> " (SIGTERM from outside the launcher)";
          case 0 -> " (it stopped by itself)";
          default ->
              status > SIGNALLED && status < SIGNALLED + 65
                  ? " (killed by signal " + (status - SIGNALLED) + ")"
                  : "";
        };
    return "status " + status + meaning + " after " + ranFor.toSeconds() + " s";
  }
}
