/**
 * The worker's Pub/Sub side: topic and subscription names ({@link
 * dev.ibtrading.pubsub.PubSubTopology}), their settings ({@link
 * dev.ibtrading.pubsub.PubSubProperties}), creating them ({@link
 * dev.ibtrading.pubsub.PubSubProvisioner}), and the connection: project id, emulator, and the
 * outcome publisher ({@link dev.ibtrading.pubsub.PubSubConfiguration}, {@link
 * dev.ibtrading.pubsub.PubSubOutcomePublisher}). The same topology for a real project, as gcloud
 * commands: {@code pubsub/setup.sh}.
 */
package dev.ibtrading.pubsub;
