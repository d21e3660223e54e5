package dev.ibtrading.status;

import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.schedule.ScheduleOutlook;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything the status page shows, as {@code GET /status} answers it. Built from a fixed set of
 * fields, never from settings at large, so no secret can reach it.
 *
 * @param strategies the managed universe's strategies
 * @param runs this process's last runs, the latest first
 * @param netLiquidation the chart: the runs' readings, oldest first, then a fresh one when the
 *     gateway answered
 */
record StatusReport(
    Instant generatedAt,
    Gateway gateway,
    Trading trading,
    Worker worker,
    List<String> strategies,
    ScheduleOutlook schedule,
    List<RunSummary> runs,
    Holdings holdings,
    List<NetLiquidationPoint> netLiquidation) {

  /**
   * The gateway session.
   *
   * @param state {@code CONNECTED}, {@code CONNECTING}, {@code DISCONNECTED} or {@code
   *     BROKER_LINK_LOST}
   * @param account the account this worker trades; null while it cannot be known
   * @param managedAccounts the accounts of the gateway's login, empty before it connected
   */
  record Gateway(String state, boolean connected, String account, List<String> managedAccounts) {}

  /**
   * @param mode {@code paper} or {@code live}
   * @param enabled the kill switch {@code trading.enabled}: false means no run places or cancels
   */
  record Trading(String mode, boolean enabled) {}

  /**
   * This worker's restarts by the container's launcher ({@link LauncherReport}).
   *
   * @param restarts how often the worker was started again in this container
   * @param lastExit how the last one before it ended; null without restarts
   * @param lastExitAt when; null without restarts
   */
  record Worker(int restarts, String lastExit, Instant lastExitAt) {}

  /**
   * The account's positions and open orders, read for the page.
   *
   * @param note why they are missing (gateway not connected, no answer); null when read
   * @param openOrders every open order of the account, from any client
   */
  record Holdings(String note, List<HeldPosition> positions, List<ReportedOrder> openOrders) {
    static Holdings unavailable(String note) {
      return new Holdings(note, List.of(), List.of());
    }
  }

  /**
   * One position.
   *
   * @param managed whether it is in the managed universe (otherwise no intent ever trades it)
   */
  record HeldPosition(
      String symbol,
      String currency,
      BigDecimal quantity,
      BigDecimal averageCost,
      boolean managed) {}
}
