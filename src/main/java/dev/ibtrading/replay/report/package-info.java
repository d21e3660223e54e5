/**
 * The replay's report: metrics of an equity curve and its trades ({@link
 * dev.ibtrading.replay.report.Metrics}, defined in {@code docs/replay-report.md}), against a
 * buy-and-hold benchmark, as one self-contained HTML page with inline SVG charts ({@link
 * dev.ibtrading.replay.report.ReportHtml}) and as JSON ({@link
 * dev.ibtrading.replay.report.ReportJson}). Knows nothing of the worker or the gateway: a replay
 * hands it dates, values and trades.
 */
package dev.ibtrading.replay.report;
