package dev.ibtrading.run;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import java.util.List;
import java.util.function.Predicate;

/**
 * How a run that sent orders or cancels ends: {@code failed} when the broker refused something,
 * {@code ok} when nothing went wrong and all is done, {@code partial} otherwise (something is still
 * under way: an order working, an answer lost, a position left). Which error codes are refusals is
 * each intent's to say.
 */
public final class TradedStatus {
  private TradedStatus() {}

  /**
   * @param refusal true for the code of an error that means the broker refused
   * @param done whether what the run set out to do is done (e.g. every order filled), errors aside
   */
  public static OutcomeStatus of(List<Problem> errors, Predicate<String> refusal, boolean done) {
    if (errors.stream().anyMatch(p -> refusal.test(p.code()))) {
      return OutcomeStatus.FAILED;
    }
    return errors.isEmpty() && done ? OutcomeStatus.OK : OutcomeStatus.PARTIAL;
  }
}
