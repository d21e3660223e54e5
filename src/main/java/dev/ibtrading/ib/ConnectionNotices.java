package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the gateway's connection notices (§5.4, classified by {@link IbErrorCodes#connectivity}) do
 * to a session: 326 refuses it, 1100/2110 and 1101/1102 move its link state, farm notices are only
 * logged. Errors about a request or an order are left to whoever made it.
 */
final class ConnectionNotices {
  private static final Logger log = LoggerFactory.getLogger(ConnectionNotices.class);

  /** Told when the gateway's link to IB goes down or comes back. */
  interface LinkListener {
    void linkChanged(SessionStart session, boolean lost, boolean dataLost, String reason);
  }

  private final IbSettings settings;
  private final LinkListener links;

  ConnectionNotices(IbSettings settings, LinkListener links) {
    this.settings = settings;
    this.links = links;
  }

  void handle(ErrorMessage error, SessionStart session) {
    String reason = "IB error " + error.code() + ": " + error.message();
    switch (IbErrorCodes.connectivity(error.code())) {
      case CLIENT_ID_IN_USE ->
          session.fail(
              new IbNotConnectedException(
                  "client id "
                      + settings.clientId()
                      + " is in use at gateway "
                      + settings.address()
                      + ": another session holds this client id ("
                      + reason
                      + ")"));
      case BROKER_LINK_LOST -> {
        log.warn("Gateway lost its link to IB: {}", reason);
        links.linkChanged(session, true, false, reason);
      }
      case RESTORED_DATA_LOST, RESTORED_DATA_MAINTAINED -> {
        log.info("Gateway restored its link to IB: {}", reason);
        links.linkChanged(session, false, error.code() == IbErrorCodes.RESTORED_DATA_LOST, reason);
      }
      case FARM_DOWN -> log.warn("Gateway data farm down or idle: {}", reason);
      case FARM_OK -> log.info("Gateway data farm OK: {}", reason);
      case NOT_CONNECTED -> log.warn("Gateway reports not connected: {}", reason);
      case NONE -> {
        if (error.id() == ErrorMessage.NO_ID) {
          log.info("Gateway notice: {}", reason);
        }
      }
    }
  }
}
