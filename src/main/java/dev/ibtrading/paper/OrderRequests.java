package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import java.util.Set;

/** Order requests: place, cancel, global cancel, open orders, executions. */
final class OrderRequests implements PaperRequestHandler {
  private final PaperGateway gateway;

  OrderRequests(PaperGateway gateway) {
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
