package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.ServerMessage;

/**
 * Delivers order updates to the client that owns the order, on whichever session that client id has
 * now. A client that is not connected misses them, as with a real gateway; it catches up with open
 * orders and executions requests.
 */
final class PaperOrderOutbox {
  private final PaperGateway gateway;

  PaperOrderOutbox(PaperGateway gateway) {
    this.gateway = gateway;
  }

  void send(int clientId, ServerMessage... messages) {
    for (PaperSession session : gateway.sessions()) {
      if (session.clientId() == clientId && session.isOpen()) {
        for (ServerMessage message : messages) {
          session.send(message);
        }
        return;
      }
    }
  }

  void error(int clientId, int orderId, int code, String text) {
    send(clientId, new ErrorMessage(orderId, code, text));
  }
}
