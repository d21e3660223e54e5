package dev.ibtrading.ingest;

import dev.ibtrading.allocation.AllocationOptions;
import dev.ibtrading.cashbalancer.CashBalancerOptions;
import dev.ibtrading.closeall.CloseAllOptions;
import dev.ibtrading.eodcheck.EodCheckOptions;
import dev.ibtrading.riskcheck.RiskCheckOptions;
import dev.ibtrading.summary.SummaryOptions;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.OptionFields;
import dev.ibtrading.trigger.TriggerOptions;

/**
 * Which options record each intent reads. It lives at the edge, the one layer that knows every
 * intent, so that the intents' packages depend on {@link Intent} and never on each other.
 */
final class IntentOptions {
  private IntentOptions() {}

  /**
   * {@code intent}'s options from a JSON object; rejects non-finite numbers, wrong types and
   * unknown keys.
   */
  static TriggerOptions read(Intent intent, OptionFields fields) {
    fields.rejectNonFinite();
    TriggerOptions options =
        switch (intent) {
          case ALLOCATION -> AllocationOptions.read(fields);
          case RISK_CHECK -> RiskCheckOptions.read(fields);
          case EOD_CHECK -> EodCheckOptions.read(fields);
          case SUMMARY -> SummaryOptions.read(fields);
          case CLOSE_ALL -> CloseAllOptions.read(fields);
          case CASH_BALANCER -> CashBalancerOptions.read(fields);
        };
    fields.rejectUnknown();
    return options;
  }
}
