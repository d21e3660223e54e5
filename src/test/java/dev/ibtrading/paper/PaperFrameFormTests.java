package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Instrument;
import dev.ibtrading.ib.ContractDetailsRequest;
import dev.ibtrading.ib.HistoricalBarsRequest;
import dev.ibtrading.ib.SnapshotQuoteRequest;
import dev.ibtrading.ib.message.ExecutionFilter;
import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.PlaceOrder;
import dev.ibtrading.ib.message.RealFrameCorpus;
import dev.ibtrading.ib.message.RealFrameCorpus.RealFrame;
import dev.ibtrading.ib.message.RequestAccountSummary;
import dev.ibtrading.ib.message.RequestAllOpenOrders;
import dev.ibtrading.ib.message.RequestExecutions;
import dev.ibtrading.ib.message.RequestMarketDataType;
import dev.ibtrading.ib.message.RequestPositions;
import dev.ibtrading.ib.message.ServerMessageType;
import dev.ibtrading.ib.message.WireContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * For every message type in the {@link RealFrameCorpus}, the paper gateway's frame for the same
 * request has the field count of a real frame of that type and, field by field, a value form real
 * gateways sent there (empty, integer, decimal, text): a client reading a field as an integer must
 * not meet {@code 0.0} from the paper gateway where real gateways send {@code 0}.
 *
 * <p>Mismatches already known are listed in {@code tws/real-frames/known-paper-mismatches.txt}; the
 * test fails on any other, and on a listed one that no longer occurs (then remove it from the
 * list).
 */
class PaperFrameFormTests {
  private static final String KNOWN = "/tws/real-frames/known-paper-mismatches.txt";
  private static final int QQQ = 320227571;
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("-?(\\d*\\.\\d+|\\d+\\.?\\d*E[-+]?\\d+)");

  @Test
  void paperFramesHaveTheFieldCountsAndValueFormsOfRealFrames() throws Exception {
    List<List<String>> paper = paperFrames();
    Map<String, List<RealFrame>> real = RealFrameCorpus.byName();

    Set<String> found = new TreeSet<>();
    Set<String> compared = new TreeSet<>();
    for (List<String> frame : paper) {
      String name = nameOf(frame);
      List<RealFrame> sameType = real.get(name);
      if (sameType == null) {
        continue; // a type no real frame shows: nothing to compare with
      }
      compared.add(name);
      found.addAll(mismatches(name, frame, sameType));
    }

    assertThat(compared).containsAll(real.keySet());
    assertThat(found).containsExactlyInAnyOrderElementsOf(known());
  }

  /** The frames the paper gateway sends for the requests the real frames answered. */
  private static List<List<String>> paperFrames() throws IOException {
    PaperGateway gateway =
        new PaperGateway(
                PaperGatewayConfig.forTests(),
                PaperClock.fixedAt(Instant.parse("2025-01-03T15:00:00Z")))
            .start();
    try (RawPaperSession session = new RawPaperSession(gateway.port(), 31)) {
      List<List<String>> frames = new ArrayList<>(session.drain(500));
      int orderId =
          Integer.parseInt(
              frames.stream().filter(f -> f.get(0).equals("9")).findFirst().orElseThrow().get(2));
      WireContract aapl = WireContract.stock(265598, "AAPL", "USD", "NASDAQ");
      gateway
          .account()
          .applyFill("QQQ", QQQ, new BigDecimal("10"), new BigDecimal("380"), BigDecimal.ONE);

      session.send(new RequestAccountSummary(1, "All", summaryTagsOfTheRecordedSession()));
      session.send(new RequestPositions());
      session.send(new ContractDetailsRequest(2, Instrument.usStock("AAPL")).request());
      session.send(new HistoricalBarsRequest(3, aapl, "", 5).request());
      session.send(new RequestMarketDataType(3));
      session.send(new SnapshotQuoteRequest(4, aapl, 3).request());
      session.send(
          new PlaceOrder(
              orderId, aapl, OrderTerms.of("BUY", BigDecimal.TEN, "MKT", null, "DAY", "", "")));
      session.send(
          new PlaceOrder(
              orderId + 1, aapl, OrderTerms.of("BUY", BigDecimal.ONE, "LMT", 1.0, "GTC", "", "")));
      frames.addAll(session.drain(1500));
      session.send(new RequestAllOpenOrders());
      session.send(new RequestExecutions(5, ExecutionFilter.all()));
      frames.addAll(session.drain(1500));
      return frames;
    } finally {
      gateway.close();
    }
  }

  /** The tags the recorded pyfutures session asked for: its answer is the corpus's summary. */
  private static List<String> summaryTagsOfTheRecordedSession() {
    return RealFrameCorpus.where(f -> f.name().equals("ACCOUNT_SUMMARY")).stream()
        .map(f -> f.fields().get(4))
        .distinct()
        .toList();
  }

  /**
   * A frame cut to what every frame of its type has: HISTORICAL_DATA to its header and first bar,
   * since its length is the bar count's.
   */
  private static List<String> comparable(String name, List<String> fields) {
    return name.equals("HISTORICAL_DATA") ? fields.subList(0, Math.min(fields.size(), 13)) : fields;
  }

  private static List<String> mismatches(String name, List<String> sent, List<RealFrame> real) {
    List<String> paper = comparable(name, sent);
    List<List<String>> sameCount =
        real.stream()
            .map(f -> comparable(name, f.fields()))
            .filter(f -> f.size() == paper.size())
            .toList();
    if (sameCount.isEmpty()) {
      Set<Integer> counts =
          real.stream().map(f -> f.fields().size()).collect(Collectors.toCollection(TreeSet::new));
      return List.of(name + " has " + paper.size() + " fields, real frames " + counts);
    }
    List<String> found = new ArrayList<>();
    for (int i = 1; i < paper.size(); i++) {
      int at = i;
      Set<String> realForms =
          sameCount.stream()
              .map(f -> form(f.get(at)))
              .collect(Collectors.toCollection(TreeSet::new));
      String paperForm = form(paper.get(i));
      if (!realForms.contains(paperForm)) {
        found.add(name + " field " + i + " is " + paperForm + ", real frames " + realForms);
      }
    }
    return found;
  }

  static String form(String value) {
    if (value.isEmpty()) {
      return "empty";
    }
    if (INTEGER.matcher(value).matches()) {
      return "integer";
    }
    if (DECIMAL.matcher(value).matches()) {
      return "decimal";
    }
    return "text";
  }

  private static String nameOf(List<String> frame) {
    int id = Integer.parseInt(frame.get(0));
    return Arrays.stream(ServerMessageType.values())
        .filter(t -> t.id() == id)
        .map(Enum::name)
        .findFirst()
        .orElse("id " + id);
  }

  private static List<String> known() {
    try (InputStream in = PaperFrameFormTests.class.getResourceAsStream(KNOWN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
