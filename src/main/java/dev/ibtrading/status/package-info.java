/**
 * The status page: {@code GET /} (HTML) over {@code GET /status} (JSON), for people who run the
 * worker. It shows the gateway session and account, the trading mode and kill switch, the worker's
 * restarts by the container's launcher ({@link dev.ibtrading.status.LauncherReport}, also in
 * readiness), a link to the gateway's screen ({@code dev.ibtrading.screenshot}), the managed
 * strategies, the next scheduled jobs, the last runs of this process ({@link
 * dev.ibtrading.status.RecentOutcomes}, fed by the run coordinator), positions and open orders, and
 * NetLiquidation over the recorded runs. Read-only; behind the push edge's authentication ({@code
 * ingest.auth}).
 */
package dev.ibtrading.status;
