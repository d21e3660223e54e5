/**
 * The order machinery every trading intent shares: order lines and their properties, placing them
 * and waiting for fills ({@link dev.ibtrading.orders.OrderPlacer}), cancelling this worker's orders
 * ({@link dev.ibtrading.orders.OrderCanceller}) or all of them ({@link
 * dev.ibtrading.orders.GlobalCanceller}). Every order carries its run key in {@code orderRef}.
 */
package dev.ibtrading.orders;
