package dev.ibtrading.pubsub;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Provisions the topology once the web server listens, so the push subscriptions can point at its
 * actual port ({@code pubsub.provision-on-startup}, on in the {@code local} profile). A failure
 * stops the startup: a local worker whose triggers go nowhere is worse than one that says why.
 */
final class StartupProvisioning implements ApplicationListener<WebServerInitializedEvent> {
  private final PubSubProvisioner provisioner;
  private final PubSubProperties.Push push;

  StartupProvisioning(PubSubProvisioner provisioner, PubSubProperties.Push push) {
    this.provisioner = provisioner;
    this.push = push;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if ("management".equals(event.getApplicationContext().getServerNamespace())) {
      return; // a separate actuator port is not where pushes go
    }
    provisioner.provision(baseUrl(push, event.getWebServer().getPort()));
  }

  /** The configured push base URL, else the worker on loopback at {@code port}. */
  static String baseUrl(PubSubProperties.Push push, int port) {
    String configured = push.baseUrl();
    return configured == null || configured.isBlank()
        ? "http://127.0.0.1:" + port
        : configured.strip();
  }
}
