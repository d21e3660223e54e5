/**
 * The broker as the rest of the application sees it: a {@link dev.ibtrading.broker.Broker}
 * interface over plain records (accounts, positions, contracts, quotes, bars, orders, fills). The
 * TWS client in {@code dev.ibtrading.ib} implements it; nothing here knows about wire fields.
 */
package dev.ibtrading.broker;
