/**
 * The summary intent ({@code POST /summary}, {@code GET /summary}): reads the account, its
 * positions, open orders and today's executions, and changes nothing. Reference: {@code
 * docs/intents/summary.md}.
 */
package dev.ibtrading.summary;
