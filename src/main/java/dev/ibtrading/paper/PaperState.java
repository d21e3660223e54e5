package dev.ibtrading.paper;

/**
 * What a paper gateway keeps across restarts: the account's books and the next order id, so that
 * order ids never repeat for the same account.
 *
 * @param account cash, realized profit and positions
 * @param nextValidOrderId the lowest order id not used yet
 */
public record PaperState(PaperAccount.State account, int nextValidOrderId) {

  /** The gateway's state now. */
  public static PaperState of(PaperGateway gateway) {
    return new PaperState(gateway.account().state(), gateway.nextValidOrderId());
  }

  /**
   * Puts this state into a gateway that has not started yet.
   *
   * @throws IllegalArgumentException if the state belongs to another account
   */
  public void restoreInto(PaperGateway gateway) {
    gateway.account().restore(account);
    gateway.orderIdUsed(nextValidOrderId - 1);
  }
}
