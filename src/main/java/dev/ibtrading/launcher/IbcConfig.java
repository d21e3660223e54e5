package dev.ibtrading.launcher;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.ib.IbProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings the launcher writes into IBC's config.ini: some from environment variables, the rest
 * fixed for a container that starts with fresh gateway settings and has no screen for a person.
 * Each one is checked against IBC's own documentation of config.ini (IbcAlpha/IBC, {@code
 * resources/config.ini} at 2fee90c, release 3.24.1; 3.24.2 is 2be2ecd) and explained, with the
 * settings left at IBC's defaults, in {@code docs/operations.md} ("IBC settings").
 *
 * @param mode {@code TRADING_MODE} ({@code paper} default, or {@code live}, which needs {@code
 *     TRADING_LIVE_CONFIRMED=true} as the worker does): {@code TradingMode}
 * @param apiPort {@code IB_GATEWAY_PORT}, else 4002 for paper and 4001 for live: {@code
 *     OverrideTwsApiPort}; the worker reads the same two variables, so both agree
 * @param existingSessionAction {@code IBC_EXISTING_SESSION_DETECTED_ACTION}, default {@code
 *     primaryoverride}: during a deploy the new revision's gateway logs in while the old one still
 *     runs; with {@code primaryoverride} the old session yields to the new one, where {@code
 *     primary} on both would make each take the session back from the other. A person logging in
 *     with the same user name takes the session too: use a second IB user name for that
 * @param autoRestartTime {@code IBC_AUTO_RESTART_TIME}, {@code hh:mm AM|PM} in the container's time
 *     zone ({@code TZ}), default {@code 11:45 PM}; the daily restart IB requires, done by the
 *     gateway itself so that no second factor is needed. It cannot be left unset: IBC would then
 *     keep the gateway's own setting, which on fresh settings is a daily auto-logoff, and the
 *     gateway would shut down every night and the container with it (a full login each day)
 * @param coldRestartTime {@code IBC_COLD_RESTART_TIME}, {@code hh:mm} (24 h) on Sundays, default
 *     {@code 07:05}; the weekly full login (with its second factor) after IB's Sunday reset, which
 *     must lie after 01:00 US/Eastern; {@code none} leaves it unset
 * @param reloginAfterTwoFactorTimeout {@code IBC_RELOGIN_AFTER_2FA_TIMEOUT} ({@code yes} default):
 *     start the login again when the IBKR Mobile prompt expires, so the next prompt comes without a
 *     container restart
 * @param secondFactorDevice {@code IBC_SECOND_FACTOR_DEVICE}, default empty: the second-factor
 *     device to pick, spelled as IB lists it (e.g. {@code IB Key}), when the login has more than
 *     one; with several and none named, the login waits at a list nobody can click
 */
record IbcConfig(
    TradingMode mode,
    int apiPort,
    String existingSessionAction,
    String autoRestartTime,
    String coldRestartTime,
    String reloginAfterTwoFactorTimeout,
    String secondFactorDevice) {

  static final String NONE = "none";
  // the values Spring binds to true, so the launcher and the worker agree on the opt-in
  private static final List<String> LIVE_CONFIRMED = List.of("true", "on", "yes", "1");
  private static final Pattern AUTO_RESTART =
      Pattern.compile("(0?[1-9]|1[0-2]):[0-5][0-9] (AM|PM)");
  private static final Pattern COLD_RESTART =
      Pattern.compile("none|([01]?[0-9]|2[0-3]):[0-5][0-9]");

  static IbcConfig from(Env env) {
    TradingMode mode =
        TradingMode.valueOf(
            env.choice("TRADING_MODE", "paper", List.of("paper", "live")).toUpperCase(Locale.ROOT));
    if (mode == TradingMode.LIVE
        && !LIVE_CONFIRMED.contains(
            env.string("TRADING_LIVE_CONFIRMED", "").toLowerCase(Locale.ROOT))) {
      throw new LaunchException(
          "live trading needs an explicit opt-in: set TRADING_LIVE_CONFIRMED=true"
              + " (actual: TRADING_MODE=live without it); the gateway is not started");
    }
    int defaultPort = mode == TradingMode.LIVE ? IbProperties.LIVE_PORT : IbProperties.PAPER_PORT;
    return new IbcConfig(
        mode,
        env.port("IB_GATEWAY_PORT").orElse(defaultPort),
        env.choice(
            "IBC_EXISTING_SESSION_DETECTED_ACTION",
            "primaryoverride",
            List.of("primary", "primaryoverride", "secondary", "manual")),
        env.matching(
            "IBC_AUTO_RESTART_TIME",
            "11:45 PM",
            AUTO_RESTART,
            "hh:mm AM or hh:mm PM; the daily soft restart cannot be turned off"),
        env.matching("IBC_COLD_RESTART_TIME", "07:05", COLD_RESTART, "hh:mm (24 h), or none"),
        env.choice("IBC_RELOGIN_AFTER_2FA_TIMEOUT", "yes", List.of("yes", "no")),
        env.string("IBC_SECOND_FACTOR_DEVICE", ""));
  }

  /** {@code paper} or {@code live}, as IBC spells it. */
  String modeName() {
    return mode.name().toLowerCase(Locale.ROOT);
  }

  /** The key/value pairs of config.ini, in file order, credentials first. */
  Map<String, String> entries(Credentials credentials) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("IbLoginId", credentials.userId());
    entries.put("IbPassword", credentials.password());
    entries.put("FIX", "no");
    entries.put("TradingMode", modeName());
    entries.put("SecondFactorDevice", secondFactorDevice);
    entries.put("ReloginAfterSecondFactorAuthenticationTimeout", reloginAfterTwoFactorTimeout);
    entries.put("OverrideTwsApiPort", String.valueOf(apiPort));
    entries.put("ReadOnlyLogin", "no");
    entries.put("ReadOnlyApi", "no");
    // a paper login shows this dialog, and the API accepts no connection until it is answered
    entries.put("AcceptNonBrokerageAccountWarning", "yes");
    // the lots-or-shares notice after login holds back market data until answered; IBC's default
    // (ignore) leaves it to a person, and on fresh settings it shows at every container start
    entries.put("AcceptBidAskLastSizeDisplayUpdateNotification", "accept");
    // answering it also ticks "send market data in lots" for dual-mode API clients (IBC cannot
    // prevent it); cleared again, so that any size the gateway sends is in shares
    entries.put("SendMarketDataInLotsForUSstocks", "no");
    // the order ids the worker's session continues from; a reset could reuse one
    entries.put("ResetOrderIdsAtStart", "no");
    // only the worker connects, from 127.0.0.1, which jts.ini trusts; nobody else may
    entries.put("AcceptIncomingConnectionAction", "reject");
    entries.put("ExistingSessionDetectedAction", existingSessionAction);
    entries.put("AutoRestartTime", autoRestartTime);
    entries.put("ColdRestartTime", coldRestartTime.equals(NONE) ? "" : coldRestartTime);
    // an order for a contract without a market data subscription would otherwise wait at a
    // warning nobody can answer, neither placed nor refused; the worker decided to place it
    entries.put("AllowBlindTrading", "yes");
    // nothing the worker trades is a cryptocurrency: such an order can only be a mistake
    entries.put("ConfirmCryptoCurrencyOrders", "cancel");
    // IBC's command server would accept STOP/RESTART from anyone who reaches its port
    entries.put("CommandServerPort", "0");
    return entries;
  }
}
