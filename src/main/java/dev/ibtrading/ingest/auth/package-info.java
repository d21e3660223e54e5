/**
 * Who may trigger runs: the push edge's authentication ({@code ingest.auth}). {@link
 * dev.ibtrading.ingest.auth.PushAuthenticationFilter} answers 401/403 before a body is read; {@link
 * dev.ibtrading.ingest.auth.CloudRunAuthenticator} trusts Cloud Run's IAM check, {@link
 * dev.ibtrading.ingest.auth.IdTokenAuthenticator} verifies the ID token itself; both then check the
 * caller against {@link dev.ibtrading.ingest.auth.PushAccountPolicy}.
 */
package dev.ibtrading.ingest.auth;
