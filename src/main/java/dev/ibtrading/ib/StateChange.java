package dev.ibtrading.ib;

import dev.ibtrading.broker.ConnectionState;

/**
 * A change of {@link IbClient}'s connection state, as its state listeners see it.
 *
 * @param previous the state before
 * @param current the state now; equal to {@code previous} only for a 1101 that arrives while
 *     already {@link ConnectionState#CONNECTED}, which matters for {@code subscriptionsLost}
 * @param subscriptionsLost true when market data and account subscriptions made before no longer
 *     deliver and must be made again: a new session after an earlier one, or the gateway's 1101
 *     ("restored, data lost")
 * @param reason why, for logs: the error text or the cause of a loss
 */
public record StateChange(
    ConnectionState previous, ConnectionState current, boolean subscriptionsLost, String reason) {}
