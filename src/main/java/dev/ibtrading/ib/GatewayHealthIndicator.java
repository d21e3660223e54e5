package dev.ibtrading.ib;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.ib.wire.Handshake;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness of the gateway session: UP only while the client is CONNECTED, so requests are routed
 * to the worker only when it can reach IB. Belongs to the readiness group, never to liveness: a
 * gateway that waits for a login (or a second factor) must not get the container restarted.
 *
 * <p>Details name the state, the gateway address, the server version and the account; never
 * credentials.
 */
final class GatewayHealthIndicator implements HealthIndicator {
  private final IbClient client;
  private final String account;

  /**
   * @param account the configured account, or empty to report the gateway's managed accounts
   */
  GatewayHealthIndicator(IbClient client, String account) {
    this.client = client;
    this.account = account;
  }

  @Override
  public Health health() {
    ConnectionState state = client.state();
    Health.Builder health = state == ConnectionState.CONNECTED ? Health.up() : Health.down();
    health.withDetail("state", state).withDetail("gateway", client.settings().address());
    if (state == ConnectionState.CONNECTED) {
      // IbConnection accepts no other server version; IbClient does not expose the negotiated one.
      health.withDetail("serverVersion", Handshake.SERVER_VERSION);
    }
    if (!account.isEmpty()) {
      health.withDetail("account", account);
    } else if (!client.managedAccounts().isEmpty()) {
      health.withDetail("account", String.join(",", client.managedAccounts()));
    }
    return health.build();
  }
}
