package dev.ibtrading.bench;

import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbSettings;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.paper.PaperOrderRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records what a gateway sends a client during a session of quotes, daily bars and partially filled
 * orders: the byte stream the codec benchmark decodes. Our client talks to the paper gateway
 * through a loopback proxy that copies the server's bytes; the server hello is dropped so the file
 * holds only message frames.
 *
 * <p>Run on demand to refresh {@code src/test/resources/tws/recorded-session.bin} (see
 * docs/performance.md); the benchmark reads the committed file, so its input never changes between
 * runs.
 */
public final class StreamRecorder {
  private static final List<String> SYMBOLS =
      List.of("SPY", "VIXY", "QQQ", "IWM", "TLT", "GLD", "AAPL", "MSFT");

  private static final LocalDate LAST_BAR_DAY = LocalDate.of(2025, 1, 2);
  private static final int BAR_ROUNDS = 4;
  private static final int BARS_PER_REQUEST = 30;

  private StreamRecorder() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/tws/recorded-session.bin");
    byte[] recorded = record();
    Files.createDirectories(out.getParent());
    Files.write(out, recorded);
    System.out.println("recorded " + recorded.length + " bytes to " + out);
  }

  static byte[] record() throws Exception {
    PaperClock clock = PaperClock.fixedAt(Instant.parse("2025-01-03T15:00:00Z"));
    try (PaperGateway gateway = new PaperGateway(PaperGatewayConfig.forTests(), clock).start();
        RecordingProxy proxy = new RecordingProxy(gateway.port());
        IbClient client = new IbClient(IbSettings.defaults("127.0.0.1", proxy.port(), 11))) {
      client.connect();
      IbBroker broker = new IbBroker(client, "");
      List<Contract> contracts = new ArrayList<>();
      for (String symbol : SYMBOLS) {
        contracts.add(broker.contract(Instrument.usStock(symbol)));
      }
      for (int round = 0; round < 40; round++) {
        broker.setMarketDataType(round % 2 == 0 ? MarketDataType.REALTIME : MarketDataType.DELAYED);
        for (Contract contract : contracts) {
          broker.quote(contract);
        }
      }
      for (int round = 0; round < BAR_ROUNDS; round++) {
        LocalDate end = LAST_BAR_DAY.minusWeeks(round);
        for (Contract contract : contracts) {
          broker.dailyBars(contract, end, BARS_PER_REQUEST);
        }
      }
      PaperOrderRules.of(gateway).partialFills(5, Duration.ZERO);
      for (int i = 0; i < 60; i++) {
        Contract contract = contracts.get(i % contracts.size());
        OrderSide side = i % 3 == 2 ? OrderSide.SELL : OrderSide.BUY;
        OrderReport placed =
            broker.placeOrder(
                OrderRequest.market(contract, side, BigDecimal.valueOf(10 + i), "bench-" + i));
        broker.awaitOrder(placed.orderId(), Duration.ofSeconds(5));
      }
      for (int i = 0; i < 5; i++) {
        broker.executions();
      }
      client.close();
      return proxy.serverBytesAfterHello();
    }
  }

  /** Forwards one client connection to the gateway and keeps a copy of what the gateway sends. */
  private static final class RecordingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final ByteArrayOutputStream fromServer = new ByteArrayOutputStream();
    private final List<Socket> sockets = new ArrayList<>();

    RecordingProxy(int target) throws IOException {
      this.target = target;
      this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(this::serve, "recording-proxy");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private void serve() {
      try {
        Socket client = server.accept();
        Socket gateway = new Socket(InetAddress.getLoopbackAddress(), target);
        sockets.addAll(List.of(client, gateway));
        pump(client.getInputStream(), gateway.getOutputStream(), null);
        pump(gateway.getInputStream(), client.getOutputStream(), fromServer);
      } catch (IOException e) {
        // closed
      }
    }

    private static void pump(InputStream in, OutputStream out, ByteArrayOutputStream copy) {
      Thread thread =
          new Thread(
              () -> {
                byte[] buffer = new byte[8192];
                try {
                  for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (copy != null) {
                      synchronized (copy) {
                        copy.write(buffer, 0, n);
                      }
                    }
                    out.write(buffer, 0, n);
                  }
                } catch (IOException e) {
                  // one side closed
                }
              },
              "recording-proxy-pump");
      thread.setDaemon(true);
      thread.start();
    }

    byte[] serverBytesAfterHello() {
      byte[] all;
      synchronized (fromServer) {
        all = fromServer.toByteArray();
      }
      int helloLength =
          ((all[0] & 0xFF) << 24)
              | ((all[1] & 0xFF) << 16)
              | ((all[2] & 0xFF) << 8)
              | (all[3] & 0xFF);
      return Arrays.copyOfRange(all, 4 + helloLength, all.length);
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }
}
