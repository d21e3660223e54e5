package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import dev.ibtrading.ib.message.CurrentTime;
import dev.ibtrading.ib.message.ManagedAccounts;
import dev.ibtrading.ib.message.NextValidId;
import java.util.List;
import java.util.Set;

/** Requests about the session itself: the gateway's clock, the next order id, the accounts. */
final class SessionRequests implements PaperRequestHandler {
  private final PaperGateway gateway;

  SessionRequests(PaperGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public Set<ClientMessageType> handles() {
    return Set.of(
        ClientMessageType.REQ_CURRENT_TIME,
        ClientMessageType.REQ_IDS,
        ClientMessageType.REQ_MANAGED_ACCTS);
  }

  @Override
  public void handle(ClientMessage request, PaperSession session) {
    switch (request.type()) {
      case REQ_CURRENT_TIME ->
          session.send(new CurrentTime(gateway.clock().now().getEpochSecond()));
      case REQ_IDS -> session.send(new NextValidId(gateway.nextValidOrderId()));
      case REQ_MANAGED_ACCTS ->
          session.send(new ManagedAccounts(List.of(gateway.config().account())));
      default -> throw new IllegalArgumentException("not a session request: " + request.type());
    }
  }
}
