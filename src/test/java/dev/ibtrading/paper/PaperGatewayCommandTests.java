package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standalone command run in-process on a free port, and our client connected to it. */
class PaperGatewayCommandTests {

  @Test
  void printsOneListeningLineAndServesOurClient() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (PersistentPaperGateway running =
            PaperGatewayCommand.start(
                List.of("--port", "0", "--account", "DU1234567", "--always-open"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        IbClient client =
            new IbClient(IbSettings.defaults("127.0.0.1", running.gateway().port(), 5))) {
      int port = running.gateway().port();
      assertThat(port).isPositive();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .isEqualTo(
              "paper-gateway listening on 127.0.0.1:"
                  + port
                  + " account DU1234567"
                  + System.lineSeparator());
      assertThat(running.gateway().market().isRegularHours()).isTrue();

      client.connect();

      assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
      assertThat(client.managedAccounts()).containsExactly("DU1234567");
    }
  }
}
