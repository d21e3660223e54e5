package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import java.util.Set;

/**
 * Market data requests: contract details, market data type, snapshot quotes, historical daily bars.
 */
final class MarketDataRequests implements PaperRequestHandler {
  private final PaperGateway gateway;

  MarketDataRequests(PaperGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public Set<ClientMessageType> handles() {
    return Set.of();
  }

  @Override
  public void handle(ClientMessage request, PaperSession session) {
    throw new UnsupportedOperationException(request.type() + " is not served yet");
  }
}
