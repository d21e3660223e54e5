/**
 * Logs as Cloud Logging reads them: JSON lines on stdout with severity, time, the request's trace
 * and the run's labels, so that a run's lines group under its request and filter by run id.
 */
package dev.ibtrading.logging;
