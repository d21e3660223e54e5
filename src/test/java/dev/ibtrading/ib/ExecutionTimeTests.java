package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Execution times in the forms real gateways send. */
class ExecutionTimeTests {
  @Test
  void theDashFormWithoutZoneIsUtc() {
    // The form NautilusTrader documents for a live gateway in zone Universal
    // (nautechsystems/nautilus_trader a95c804, .../interactive_brokers/parsing/execution.py).
    assertThat(ExecutionTime.parse("20250225-15:15:00"))
        .isEqualTo(Instant.parse("2025-02-25T15:15:00Z"));
  }

  @Test
  void aNamedZoneIsThatZone() {
    // Forms from the same NautilusTrader source and from wboayue/rust-ibapi's orders tests
    // ("20250708 02:35:00 America/New_York").
    assertThat(ExecutionTime.parse("20230223 00:43:36 America/New_York"))
        .isEqualTo(Instant.parse("2023-02-23T05:43:36Z"));
    assertThat(ExecutionTime.parse("20230223 00:43:36 Universal"))
        .isEqualTo(Instant.parse("2023-02-23T00:43:36Z"));
    assertThat(ExecutionTime.parse("20231115 10:15:30 US/Eastern"))
        .isEqualTo(Instant.parse("2023-11-15T15:15:30Z"));
    assertThat(ExecutionTime.parse("20250625 09:26:58 Europe/Amsterdam"))
        .isEqualTo(Instant.parse("2025-06-25T07:26:58Z"));
  }

  @Test
  void twoSpacesWithoutZoneAreTheGatewaysNewYorkTime() {
    // Recorded execution of wboayue/rust-ibapi's orders tests (src/orders/tests.rs, 2023).
    assertThat(ExecutionTime.parse("20230224  12:04:56"))
        .isEqualTo(Instant.parse("2023-02-24T17:04:56Z"));
  }

  @Test
  void aDashFormWithAZoneUsesTheZone() {
    assertThat(ExecutionTime.parse("20250225-10:15:00 US/Eastern"))
        .isEqualTo(Instant.parse("2025-02-25T15:15:00Z"));
  }

  @Test
  void unreadableTimesAreUnknown() {
    assertThat(ExecutionTime.parse("")).isNull();
    assertThat(ExecutionTime.parse("yesterday")).isNull();
    assertThat(ExecutionTime.parse("20250225 10:15:00 Nowhere/Town")).isNull();
  }
}
