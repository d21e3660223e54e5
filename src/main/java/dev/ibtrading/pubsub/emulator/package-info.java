/**
 * The Google Cloud SDK's Pub/Sub emulator as a child process: found on this machine, started on a
 * free loopback port, waited for, and stopped with its whole process tree. Used by the tests and by
 * the {@code local} profile when {@code PUBSUB_EMULATOR_HOST} is not set.
 */
package dev.ibtrading.pubsub.emulator;
