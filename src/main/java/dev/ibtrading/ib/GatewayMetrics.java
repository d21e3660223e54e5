package dev.ibtrading.ib;

import dev.ibtrading.broker.ConnectionState;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The gateway session as metrics: {@code ibtrading.gateway.state} is 1 for the current {@link
 * ConnectionState} (tag {@code state}) and 0 for the others, so a dashboard can chart the time
 * spent in each; {@code ibtrading.gateway.reconnects} counts sessions re-established after a loss.
 */
final class GatewayMetrics implements MeterBinder {
  private final IbClient client;

  GatewayMetrics(IbClient client) {
    this.client = client;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (ConnectionState state : ConnectionState.values()) {
      Gauge.builder("ibtrading.gateway.state", client, c -> c.state() == state ? 1 : 0)
          .tag("state", state.name().toLowerCase())
          .description("1 while the gateway session is in this state")
          .register(registry);
    }
    FunctionCounter.builder("ibtrading.gateway.reconnects", client, IbClient::reconnects)
        .description("Gateway sessions re-established after a loss")
        .register(registry);
  }
}
