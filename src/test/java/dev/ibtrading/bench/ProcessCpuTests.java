package dev.ibtrading.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading a process's CPU time from a {@code /proc/<pid>/stat} line. */
class ProcessCpuTests {

  @Test
  void addsUserAndSystemTicksAfterACommandNameWithSpacesAndParentheses() {
    // Fields 3..15: state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime
    // stime; utime 250 + stime 50 ticks = 3 s.
    String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 9000 0 12 0 250 50 0 0 20 0 35";

    assertThat(ProcessCpu.parseStat(stat)).isEqualTo(3_000_000_000L);
  }

  @Test
  void readsThisProcessWhoseCpuTimeGrowsWhileItWorks() throws Exception {
    long pid = ProcessHandle.current().pid();
    long before = ProcessCpu.nanos(pid);
    long after = before;
    long giveUp = System.nanoTime() + 30_000_000_000L; // bounded, on however busy a machine
    while (after == before && System.nanoTime() < giveUp) {
      Math.sqrt(System.nanoTime()); // busy, so the kernel counts ticks
      after = ProcessCpu.nanos(pid);
    }

    assertThat(before).isPositive();
    assertThat(after).isGreaterThan(before);
  }
}
