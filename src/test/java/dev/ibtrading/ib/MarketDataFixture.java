package dev.ibtrading.ib;

import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Paper gateways on ephemeral ports and clients connected to them, closed together. */
final class MarketDataFixture implements AutoCloseable {
  private final List<AutoCloseable> open = new ArrayList<>();

  PaperGateway gateway(PaperGatewayConfig config, Instant now) throws Exception {
    PaperGateway gateway = new PaperGateway(config, PaperClock.fixedAt(now)).start();
    open.add(gateway);
    return gateway;
  }

  IbClient connect(PaperGateway gateway) {
    IbClient client = new IbClient(IbSettings.defaults("127.0.0.1", gateway.port(), 7));
    open.add(0, client); // closed before its gateway
    client.connect();
    return client;
  }

  IbBroker broker(PaperGateway gateway) {
    return new IbBroker(connect(gateway), "");
  }

  IbBroker broker(Instant now) throws Exception {
    return broker(gateway(PaperGatewayConfig.forTests(), now));
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }
}
