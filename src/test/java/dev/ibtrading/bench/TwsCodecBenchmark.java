package dev.ibtrading.bench;

import dev.ibtrading.ib.message.ServerMessage;
import dev.ibtrading.ib.message.ServerMessageType;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import dev.ibtrading.ib.wire.FrameDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode and encode throughput of the TWS codec on a recorded paper-gateway session (quotes, orders
 * with partial fills, execution replays, daily bars: see {@link StreamRecorder}). Each benchmark
 * processes the whole stream per invocation; {@code @OperationsPerInvocation(FRAMES)} makes the
 * score messages per second.
 *
 * <p>Baselines in the same run: {@code framingOnly} splits frames into fields without typed
 * decoding, {@code writeFieldsOnly} writes the same fields without the message records. The ratios
 * show what the typed layer costs on top of the byte layer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(TwsCodecBenchmark.FRAMES)
public class TwsCodecBenchmark {
  /** Messages in {@code recorded-session.bin}; setup fails if a new recording differs. */
  static final int FRAMES = 7490;

  private static final int READ_SIZE = 64 * 1024;

  private byte[] stream;
  private List<ServerMessage> messages;
  private List<List<String>> fields;

  @Setup
  public void load() {
    stream = RecordedSession.bytes();
    messages = new ArrayList<>();
    fields = new ArrayList<>();
    FrameDecoder decoder = new FrameDecoder();
    decoder.feed(stream, 0, stream.length);
    for (List<String> frame = decoder.next(); frame != null; frame = decoder.next()) {
      fields.add(frame);
      if (ServerMessageType.decode(new FieldReader(frame)) instanceof ServerMessage message) {
        messages.add(message);
      }
    }
    if (messages.size() != fields.size()) {
      throw new IllegalStateException(
          (fields.size() - messages.size()) + " recorded frames do not decode to known messages");
    }
    if (fields.size() != FRAMES) {
      throw new IllegalStateException(
          "recorded stream has " + fields.size() + " frames (expected: " + FRAMES + ")");
    }
  }

  @Benchmark
  public void decode(Blackhole bh) {
    FrameDecoder decoder = new FrameDecoder();
    for (int offset = 0; offset < stream.length; offset += READ_SIZE) {
      decoder.feed(stream, offset, Math.min(READ_SIZE, stream.length - offset));
      for (List<String> frame = decoder.next(); frame != null; frame = decoder.next()) {
        bh.consume(ServerMessageType.decode(new FieldReader(frame)));
      }
    }
  }

  @Benchmark
  public void framingOnly(Blackhole bh) {
    FrameDecoder decoder = new FrameDecoder();
    for (int offset = 0; offset < stream.length; offset += READ_SIZE) {
      decoder.feed(stream, offset, Math.min(READ_SIZE, stream.length - offset));
      for (List<String> frame = decoder.next(); frame != null; frame = decoder.next()) {
        bh.consume(frame);
      }
    }
  }

  @Benchmark
  public void encode(Blackhole bh) {
    for (ServerMessage message : messages) {
      bh.consume(message.toFrame());
    }
  }

  @Benchmark
  public void writeFieldsOnly(Blackhole bh) {
    for (List<String> frame : fields) {
      FieldWriter writer = new FieldWriter();
      for (String field : frame) {
        writer.add(field);
      }
      bh.consume(writer.toFrame());
    }
  }
}
