/**
 * The push edge: HTTP endpoints that Pub/Sub push subscriptions, Cloud Scheduler and people call to
 * trigger runs.
 *
 * <p>A request passes {@link dev.ibtrading.ingest.auth.PushAuthenticationFilter} (401/403), a body
 * size limit (413), then layered validation into a {@link dev.ibtrading.trigger.Trigger} with its
 * {@link dev.ibtrading.trigger.RunKey}, or a {@link dev.ibtrading.trigger.Rejection} for a message
 * that can never succeed. Both go to the {@link dev.ibtrading.trigger.TriggerHandler}, whose {@link
 * dev.ibtrading.trigger.RunAnswer} becomes 200 or 503 as documented in {@link
 * dev.ibtrading.trigger.AckPolicy}. Settings: {@link dev.ibtrading.ingest.IngestProperties}.
 */
package dev.ibtrading.ingest;
