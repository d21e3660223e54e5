/**
 * The close-all intent ({@code POST /close-all}): cancels open orders and closes positions, either
 * this worker's and the managed ones ({@code own}) or every one in the account ({@code all}).
 *
 * <p>{@link dev.ibtrading.closeall.CloseAllHandler} checks the run, {@link
 * dev.ibtrading.closeall.ClosingScope} picks what the scope covers, {@link
 * dev.ibtrading.closeall.CloseAllTrades} cancels and then closes with the orders {@link
 * dev.ibtrading.closeall.ClosingOrders} plans. Reference: {@code docs/intents/close-all.md}.
 */
package dev.ibtrading.closeall;
