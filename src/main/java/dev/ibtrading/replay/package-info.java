/**
 * {@code java -jar ib-trading.jar replay}: runs the scheduled jobs of {@code scheduler/jobs.yaml}
 * over past trading days on a virtual clock, through the worker's own handlers against an
 * in-process paper gateway, once per settings set, and reports the outcomes, the trades and the
 * equity curves against a benchmark ({@link dev.ibtrading.replay.report}).
 */
package dev.ibtrading.replay;
