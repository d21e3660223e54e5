package dev.ibtrading.ib;

import dev.ibtrading.ib.message.CommissionReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Commission reports by execution id. They arrive after their execution, sometimes after the answer
 * that carried the execution has ended, so they are kept here to be joined later. Bounded: the
 * oldest are dropped past {@link #CAPACITY} (far more than a day of this worker's fills).
 */
final class CommissionBook {
  static final int CAPACITY = 20_000;

  private final Map<String, CommissionReport> byExecId =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CommissionReport> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized void add(CommissionReport report) {
    byExecId.put(report.execId(), report);
    notifyAll();
  }

  /** The commission of an execution, when reported (and not unset). */
  synchronized Optional<BigDecimal> commission(String execId) {
    CommissionReport report = byExecId.get(execId);
    return report == null || report.commission() == null
        ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(report.commission()));
  }

  /** Waits until every one of these executions has a report, or {@code max} passes. */
  synchronized void awaitAll(Collection<String> execIds, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!byExecId.keySet().containsAll(execIds)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }
}
