package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import java.util.Set;

/** Account requests: account summary (computed from cash, positions and prices) and positions. */
final class AccountRequests implements PaperRequestHandler {
  private final PaperGateway gateway;

  AccountRequests(PaperGateway gateway) {
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
