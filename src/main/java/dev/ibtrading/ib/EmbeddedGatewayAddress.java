package dev.ibtrading.ib;

/**
 * Where a gateway started inside this process listens, for {@code ib.gateway.mode=embedded}. The
 * side that starts it publishes this bean, so the client never depends on what the gateway is.
 */
public record EmbeddedGatewayAddress(String host, int port) {}
