/**
 * What a run did, as published on the outcome topic: the {@link dev.ibtrading.outcome.Outcome}
 * records (JSON schema {@code pubsub/schemas/outcome-v1.json}), their JSON form ({@link
 * dev.ibtrading.outcome.OutcomeJson}) and the {@link dev.ibtrading.outcome.OutcomePublisher} that
 * sends one and waits until Pub/Sub confirmed it.
 */
package dev.ibtrading.outcome;
