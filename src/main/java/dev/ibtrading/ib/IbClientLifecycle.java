package dev.ibtrading.ib;

import org.springframework.context.SmartLifecycle;

/**
 * Starts the client's background connection once the application context is up, so the worker
 * starts (and answers liveness) while the gateway is still down or waiting for a login; the client
 * then keeps reconnecting with backoff until the context closes it ({@code ibClient}'s destroy
 * method).
 *
 * <p>Stopping the lifecycle leaves the session alone: a stopped context may start again (the test
 * framework pauses cached contexts), and a closed client cannot.
 */
final class IbClientLifecycle implements SmartLifecycle {
  private final IbClient client;
  private volatile boolean running;

  IbClientLifecycle(IbClient client) {
    this.client = client;
  }

  @Override
  public void start() {
    running = true;
    client.start();
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
