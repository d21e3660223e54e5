package dev.ibtrading.run;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import java.util.List;

/**
 * Decides before each run whether it may trade. Paper and live logins look alike on the wire; IB
 * gives paper accounts ids starting with {@code D} (DU..., DF...), so a mismatch between that and
 * {@code trading.mode} means the worker is pointed at the wrong gateway, and it refuses to trade
 * rather than send real orders believing them simulated, or the reverse.
 */
public final class TradingGate {
  /** The refusal of an account the gateway does not manage: nothing of it can even be read. */
  static final String ACCOUNT_NOT_MANAGED = "account-not-managed";

  private final Broker broker;
  private final TradingProperties trading;

  TradingGate(Broker broker, TradingProperties trading) {
    this.broker = broker;
    this.trading = trading;
  }

  /**
   * Null when the run may trade, else why not.
   *
   * @throws dev.ibtrading.broker.BrokerException (transient) when the account is not known yet
   */
  TradingBlock check() {
    String account = broker.account();
    List<String> managed = broker.managedAccounts();
    if (!managed.contains(account)) {
      return TradingBlock.refused(
          ACCOUNT_NOT_MANAGED,
          "account " + account + " is not among the gateway's managed accounts " + managed);
    }
    boolean paperAccount = isPaperAccount(account);
    if (trading.mode() == TradingMode.LIVE && paperAccount) {
      return TradingBlock.refused(
          "paper-account-in-live-mode",
          "account " + account + " is a paper account (D...) but trading.mode=live");
    }
    if (trading.mode() == TradingMode.PAPER && !paperAccount) {
      return TradingBlock.refused(
          "live-account-in-paper-mode",
          "account " + account + " is not a paper account (D...) but trading.mode=paper");
    }
    return trading.enabled() ? null : TradingBlock.killSwitch();
  }

  static boolean isPaperAccount(String account) {
    return account.startsWith("D");
  }
}
