package dev.ibtrading.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the children: starts them, waits for the first to end, forgets a worker that ended (so that
 * a new one can take its place), and stops them all.
 *
 * <p>Stopping takes the worker first, so that it can finish in-flight runs while the gateway still
 * serves it, then IBC with the gateway and Xvfb. Each group gets SIGTERM, its timeout, then SIGKILL
 * for whatever is left, including grandchildren (the gateway JVM under IBC's shell script): with
 * the default 8 s + 1 s the whole stop ends inside Cloud Run's 10 s. Once stopping has begun no
 * child is started any more, so a SIGTERM during startup cannot leave an orphan.
 */
final class Supervisor {
  private static final Logger log = LoggerFactory.getLogger(Supervisor.class);
  // SIGKILL takes effect at once; this only lets the exit be reaped before the launcher ends
  private static final Duration KILL_WAIT = Duration.ofMillis(200);

  private final Duration workerStopTimeout;
  private final Duration gatewayStopTimeout;
  private final List<Child> children = new ArrayList<>();
  // completed when stopping begins, so that a wait between restarts ends at once on SIGTERM
  private final CompletableFuture<Void> stoppingSignal = new CompletableFuture<>();
  private boolean stopping;
  private boolean stopped;

  Supervisor(Duration workerStopTimeout, Duration gatewayStopTimeout) {
    this.workerStopTimeout = workerStopTimeout;
    this.gatewayStopTimeout = gatewayStopTimeout;
  }

  /** Starts a child, unless stopping has begun. */
  synchronized Child start(Role role, List<String> command, Map<String, String> extraEnvironment) {
    if (stopping) {
      throw new LaunchException("stopping: " + role + " is not started");
    }
    Child child = Child.start(role, command, extraEnvironment);
    children.add(child);
    log.info("started {}", child);
    return child;
  }

  synchronized boolean isStopping() {
    return stopping;
  }

  /**
   * Blocks until one of the children started so far ends, stopping begins, or {@code timeout}
   * (null: none) passes; returns the child that ended, if one did.
   */
  Optional<Child> awaitFirstExit(Duration timeout) throws InterruptedException {
    List<Child> running;
    synchronized (this) {
      running = List.copyOf(children);
    }
    List<CompletableFuture<?>> events = new ArrayList<>();
    running.forEach(child -> events.add(child.process().onExit()));
    events.add(stoppingSignal);
    CompletableFuture<Object> first =
        CompletableFuture.anyOf(events.toArray(CompletableFuture[]::new));
    try {
      if (timeout == null) {
        first.get();
      } else {
        first.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a process exit future failed", e);
    } catch (TimeoutException e) {
      // nothing ended
    }
    return running.stream().filter(child -> !child.process().isAlive()).findFirst();
  }

  /** Drops a child that has ended from the list of children, so that it can be replaced. */
  synchronized void forget(Child ended) {
    children.remove(ended);
  }

  /** Stops every child; later calls return at once. */
  synchronized void stop(String reason) {
    if (stopped) {
      return;
    }
    stopping = true;
    stoppingSignal.complete(null);
    log.info("stopping ({}): worker first, then IBC/gateway and Xvfb", reason);
    terminate(ofRoles(Role.WORKER), workerStopTimeout);
    terminate(ofRoles(Role.GATEWAY, Role.XVFB), gatewayStopTimeout);
    stopped = true;
  }

  private List<Child> ofRoles(Role... roles) {
    List<Role> wanted = List.of(roles);
    return children.stream().filter(child -> wanted.contains(child.role())).toList();
  }

  private static void terminate(List<Child> group, Duration timeout) {
    List<ProcessHandle> tree =
        group.stream()
            .flatMap(child -> child.tree().stream())
            .filter(ProcessHandle::isAlive)
            .toList();
    tree.forEach(ProcessHandle::destroy);
    List<ProcessHandle> survivors = awaitExit(tree, timeout);
    if (!survivors.isEmpty()) {
      log.warn(
          "{} still running {} ms after SIGTERM: killing pids {}",
          group,
          timeout.toMillis(),
          survivors.stream().map(ProcessHandle::pid).toList());
      survivors.forEach(ProcessHandle::destroyForcibly);
      awaitExit(survivors, KILL_WAIT);
    }
    for (Child child : group) {
      Process process = child.process();
      log.info(
          "{} ended{}",
          child,
          process.isAlive() ? " (not yet reaped)" : " with status " + process.exitValue());
    }
  }

  /** Waits until all have ended or the timeout passed; returns those still alive. */
  private static List<ProcessHandle> awaitExit(List<ProcessHandle> processes, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ProcessHandle process : processes) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      try {
        process.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return processes.stream().filter(ProcessHandle::isAlive).toList();
  }
}
