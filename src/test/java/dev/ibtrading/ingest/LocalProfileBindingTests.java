package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ingest.EdgeHttpTestSupport.LocalEdgeTest;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The local profile has no authentication, so it listens on loopback only (issue 16, point 6:
 * anyone on the LAN could POST /close-all); {@code SERVER_ADDRESS} opens it on purpose.
 */
@LocalEdgeTest
class LocalProfileBindingTests extends EdgeHttpTestSupport {
  @Autowired WebServerApplicationContext context;

  @Test
  void listensOnLoopbackOnly() {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    Object address = server.getTomcat().getConnector().getProperty("address");

    assertThat(address).as("the connector's bind address").isInstanceOf(InetAddress.class);
    assertThat(((InetAddress) address).isLoopbackAddress()).as("%s is loopback", address).isTrue();
    assertThat(http.get("/summary").status()).as("answers on 127.0.0.1").isEqualTo(200);
  }
}
