package dev.ibtrading.trigger;

/**
 * What the edge made of one request: a {@link Trigger} to run, or a {@link Rejection} of a message
 * that can never succeed. Both know their intent (from the endpoint), run key and delivery.
 */
public sealed interface Received permits Trigger, Rejection {
  Intent intent();

  RunKey runKey();

  Delivery delivery();
}
