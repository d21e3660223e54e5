/**
 * The worker's Pub/Sub side: topic and subscription names ({@link
 * dev.ibtrading.ingest.pubsub.PubSubTopology}), their settings ({@link
 * dev.ibtrading.ingest.pubsub.PubSubProperties}), creating them ({@link
 * dev.ibtrading.ingest.pubsub.PubSubProvisioner}), and the connection: project id, emulator, and
 * the outcome publisher ({@link dev.ibtrading.ingest.pubsub.PubSubConfiguration}). The same
 * topology for a real project, as gcloud commands: {@code pubsub/setup.sh}.
 */
package dev.ibtrading.ingest.pubsub;
