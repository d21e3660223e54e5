package dev.ibtrading.ib;

import dev.ibtrading.broker.ConnectionState;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts connecting the client once the application context is up, in the background, so the worker
 * starts (and answers liveness) while the gateway is still down or waiting for a login; and stops
 * before the client is closed.
 *
 * <p>Until {@link IbClient} has its own reconnect loop, a daemon thread here calls {@link
 * IbClient#connect()} every few seconds whenever the client is disconnected.
 */
final class IbClientLifecycle implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(IbClientLifecycle.class);
  static final Duration RETRY_DELAY = Duration.ofSeconds(2);

  private final IbClient client;
  private volatile Thread connector;
  private volatile boolean running;

  IbClientLifecycle(IbClient client) {
    this.client = client;
  }

  @Override
  public void start() {
    running = true;
    startConnectorThread(); // switch to the client's reconnect loop: replace with client.start();
  }

  @Override
  public void stop() {
    running = false;
    Thread thread = connector;
    if (thread != null) {
      thread.interrupt();
      try {
        // connect() gives up within its timeout once interrupted or refused
        thread.join(client.settings().connectTimeout().plusSeconds(1).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void startConnectorThread() {
    Thread thread = new Thread(this::keepConnected, "ib-client-connector");
    thread.setDaemon(true);
    connector = thread;
    thread.start();
  }

  private void keepConnected() {
    boolean reportedFailure = false;
    while (running) {
      if (client.state() == ConnectionState.DISCONNECTED) {
        try {
          client.connect();
          reportedFailure = false;
        } catch (IbException e) {
          if (!running) {
            return;
          }
          if (!reportedFailure) {
            log.warn(
                "Gateway at {} not usable yet ({}); retrying every {}",
                client.settings().address(),
                e.getMessage(),
                RETRY_DELAY);
            reportedFailure = true;
          } else {
            log.debug(
                "Gateway at {} still not usable: {}", client.settings().address(), e.getMessage());
          }
        }
      }
      try {
        Thread.sleep(RETRY_DELAY.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
