package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import java.util.Set;

/** Serves one family of client requests (account, market data, orders, ...). */
interface PaperRequestHandler {
  /** The message types this handler serves; each type has exactly one handler. */
  Set<ClientMessageType> handles();

  /** Answers one request on the session it came from. Runs on that session's reader thread. */
  void handle(ClientMessage request, PaperSession session);
}
