package dev.ibtrading.run;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import java.util.List;
import java.util.Set;

/**
 * How a run that sent orders or cancels ends: {@code ok} when nothing went wrong and all is done,
 * {@code partial} when every error is one of the intent's "not done yet" codes (something still
 * under way: an order working, an answer lost, a position left) or nothing went wrong but not all
 * is done, {@code failed} otherwise.
 *
 * <p>The rule fails closed: an error whose code is not in the intent's "not done yet" list fails
 * the run, a code nobody listed included. A run that ends {@code partial} tells the operator a
 * later run finishes it; {@code failed} tells them to look. An error nobody classified (a new
 * refusal of the broker, a code added to the order machinery and not to an intent's list) may well
 * mean money is where nobody wanted it, and reporting it as merely unfinished would let it pass
 * unseen; the opposite mistake (an unfinished run reported failed) costs a look at the outcome.
 * Each intent lists the codes it produces that are "not done yet"; refusals ({@code order-refused},
 * {@code order-rejected}, {@code cancel-refused}, ...) are simply not on it.
 */
public final class TradedStatus {
  private TradedStatus() {}

  /**
   * @param notDoneYet the codes of errors that mean something is still under way rather than
   *     refused; any other code fails the run
   * @param done whether what the run set out to do is done (e.g. every order filled), errors aside
   */
  public static OutcomeStatus of(List<Problem> errors, Set<String> notDoneYet, boolean done) {
    if (errors.stream().anyMatch(p -> !notDoneYet.contains(p.code()))) {
      return OutcomeStatus.FAILED;
    }
    return errors.isEmpty() && done ? OutcomeStatus.OK : OutcomeStatus.PARTIAL;
  }
}
