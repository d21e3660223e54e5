/**
 * When the US equity market trades: {@link dev.ibtrading.schedule.ExchangeCalendar} knows NYSE
 * holidays and early closes by rule, so that scheduled runs can skip holidays and move their
 * end-of-day work on half days.
 */
package dev.ibtrading.schedule;
