package dev.ibtrading.ib;

import dev.ibtrading.ib.message.RealFrameCorpus.RealFrame;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A fake gateway on a real loopback socket that answers the client with frames real gateways sent
 * ({@link dev.ibtrading.ib.message.RealFrameCorpus}): after the handshake the session-start frames,
 * then for each request the frames scripted for its message id, in order. Requests without a script
 * (cancels, the market data type) get no answer, as most get none from a gateway either.
 *
 * <p>The one thing changed in a captured frame is its request id, which becomes the id of the
 * request being answered (the recording's client numbered its requests differently; a fill pushed
 * with id -1 is the same layout as one answering REQ_EXECUTIONS). Notices not tied to a request
 * (ERR_MSG with id -1) and frames of requests without an id keep theirs.
 *
 * <p>An answer may depend on the request's fields (the contract asked for), and a request may be
 * forbidden: it gets no answer and is kept in {@link #forbidden()}, for the test to fail on. Public
 * for the tests that start a whole worker against it.
 */
public final class ReplayingGateway implements AutoCloseable {
  /** Where the request id is in client requests, by client message id. */
  private static final Map<Integer, Integer> REQUEST_ID_FIELD =
      Map.of(1, 2, 7, 2, 9, 2, 20, 1, 62, 2);

  /** Where the request id is in server messages, by server message id. */
  private static final Map<Integer, Integer> ANSWER_ID_FIELD =
      Map.ofEntries(
          Map.entry(1, 2),
          Map.entry(2, 2),
          Map.entry(4, 2),
          Map.entry(10, 1),
          Map.entry(11, 1),
          Map.entry(17, 1),
          Map.entry(45, 2),
          Map.entry(46, 2),
          Map.entry(52, 2),
          Map.entry(55, 2),
          Map.entry(57, 2),
          Map.entry(58, 2),
          Map.entry(63, 2),
          Map.entry(64, 2),
          Map.entry(81, 1));

  private final RawGateway raw;
  private final List<List<String>> forbidden = new CopyOnWriteArrayList<>();

  private ReplayingGateway(
      List<List<String>> start, Map<Integer, List<Answer>> answers, Set<Integer> refused)
      throws IOException {
    raw =
        RawGateway.serve(
            peer -> {
              peer.readClientHello();
              peer.sendHello();
              List<String> startApi = peer.readFrame();
              if (!startApi.get(0).equals("71")) {
                throw new AssertionError("expected START_API, got " + startApi);
              }
              for (List<String> frame : start) {
                peer.sendFields(frame.toArray(String[]::new));
              }
              try {
                while (true) {
                  List<String> request = peer.readFrame();
                  int id = Integer.parseInt(request.get(0));
                  if (refused.contains(id)) {
                    forbidden.add(List.copyOf(request));
                    continue;
                  }
                  for (Answer answer : answers.getOrDefault(id, List.of())) {
                    if (answer.when().test(request)) {
                      peer.sendFields(
                          withRequestId(answer.frame(), request).toArray(String[]::new));
                    }
                  }
                }
              } catch (EOFException e) {
                // the client hung up: the session is over
              }
            });
  }

  public static Script script() {
    return new Script();
  }

  public int port() {
    return raw.port();
  }

  /** The forbidden requests that arrived, as sent, in order; empty while none did. */
  public List<List<String>> forbidden() {
    return List.copyOf(forbidden);
  }

  @Override
  public void close() throws IOException {
    raw.close();
  }

  private static List<String> withRequestId(List<String> frame, List<String> request) {
    Integer from = REQUEST_ID_FIELD.get(Integer.parseInt(request.get(0)));
    Integer to = ANSWER_ID_FIELD.get(Integer.parseInt(frame.get(0)));
    if (from == null || to == null || (frame.get(0).equals("4") && frame.get(to).equals("-1"))) {
      return frame;
    }
    List<String> answered = new ArrayList<>(frame);
    answered.set(to, request.get(from));
    return answered;
  }

  /** One frame sent in answer to the requests {@code when} accepts. */
  private record Answer(Predicate<List<String>> when, List<String> frame) {}

  /** What the gateway sends: at session start, and per request. */
  public static final class Script {
    private final List<List<String>> start = new ArrayList<>();
    private final Map<Integer, List<Answer>> answers = new HashMap<>();
    private final Set<Integer> refused = new HashSet<>();

    /** Frames sent after START_API (managed accounts, next valid id, farm notices). */
    public Script atStart(List<RealFrame> frames) {
      frames.forEach(f -> start.add(f.fields()));
      return this;
    }

    /** Frames sent, in order, each time the client sends a request with this message id. */
    public Script answer(int clientMessageId, List<RealFrame> frames) {
      return answer(clientMessageId, request -> true, frames);
    }

    /**
     * Frames sent, in order, each time the client sends a request with this message id whose fields
     * {@code when} accepts (e.g. the contract details of one symbol). Answers of one message id are
     * sent in the order they were added, each only where its own condition holds.
     */
    public Script answer(
        int clientMessageId, Predicate<List<String>> when, List<RealFrame> frames) {
      frames.forEach(f -> answerWith(clientMessageId, when, f.fields()));
      return this;
    }

    /**
     * A frame the corpus has no capture of (an end marker, the server time): built by the test from
     * the reference's layout, and named as such where it is used.
     */
    public Script answerWith(int clientMessageId, List<String> fields) {
      return answerWith(clientMessageId, request -> true, fields);
    }

    /** {@link #answerWith(int, List)} for the requests {@code when} accepts. */
    public Script answerWith(
        int clientMessageId, Predicate<List<String>> when, List<String> fields) {
      answers
          .computeIfAbsent(clientMessageId, id -> new ArrayList<>())
          .add(new Answer(when, List.copyOf(fields)));
      return this;
    }

    /**
     * Requests with this message id must not arrive (an order on a dry run): they get no answer and
     * are listed by {@link ReplayingGateway#forbidden()}, for the test to fail on.
     */
    public Script forbid(int clientMessageId) {
      refused.add(clientMessageId);
      return this;
    }

    public ReplayingGateway serve() throws IOException {
      return new ReplayingGateway(List.copyOf(start), Map.copyOf(answers), Set.copyOf(refused));
    }
  }
}
