/**
 * When things happen: {@link dev.ibtrading.schedule.ExchangeCalendar} knows NYSE holidays and early
 * closes by rule, plus the configured extra closed days and early closes ({@link
 * dev.ibtrading.schedule.CalendarProperties}), so that scheduled runs can skip holidays and move
 * their end-of-day work on half days; {@code SchedulerJobs} reads {@code scheduler/jobs.yaml}, the
 * Cloud Scheduler jobs that {@code scheduler/setup.sh} creates, and the {@code local} profile's
 * {@code LocalScheduler} fires the same jobs on the emulator ({@link
 * dev.ibtrading.schedule.LocalSchedulerProperties}).
 */
package dev.ibtrading.schedule;
