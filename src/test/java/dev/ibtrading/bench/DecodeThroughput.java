package dev.ibtrading.bench;

import dev.ibtrading.ib.message.ServerMessageType;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FrameDecoder;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Our client's decode throughput on the recorded stream, measured exactly like {@code
 * src/test/node/stoqey-conformance/decode-benchmark.js} measures {@code @stoqey/ib} (see
 * bench/codec-ratio.sh): one pass feeds the whole recording in 64 KiB reads through {@link
 * FrameDecoder} and {@link ServerMessageType#decode}, the same work as {@link
 * TwsCodecBenchmark#decode}; warm-up iterations, then measured ones, each running whole passes
 * until the process has used {@code --time-ms} of CPU time.
 *
 * <p>Each iteration reports messages per CPU second of the whole process (GC and JIT threads
 * included, as node's {@code process.cpuUsage()} counts them) and per wall-clock second. On a
 * machine shared with other builds the CPU figure is the steadier one: it does not count time the
 * process waited for a core. Prints one JSON line; a main, not a test, so {@code mvn verify} never
 * runs it.
 *
 * <pre>
 * java -cp ... dev.ibtrading.bench.DecodeThroughput [warmup iterations time-ms read-size]
 * </pre>
 */
public final class DecodeThroughput {
  private static final int SINK_SIZE = 1024;

  private final byte[] stream;
  private final int readSize;
  private final Object[] sink = new Object[SINK_SIZE];
  private long messages;

  private DecodeThroughput(byte[] stream, int readSize) {
    this.stream = stream;
    this.readSize = readSize;
  }

  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long timeMs = args.length > 2 ? Long.parseLong(args[2]) : 2000;
    int readSize = args.length > 3 ? Integer.parseInt(args[3]) : 64 * 1024;
    DecodeThroughput bench = new DecodeThroughput(RecordedSession.bytes(), readSize);
    bench.pass();
    if (bench.messages != TwsCodecBenchmark.FRAMES) {
      throw new IllegalStateException(
          "one pass decoded "
              + bench.messages
              + " messages (expected: "
              + TwsCodecBenchmark.FRAMES
              + ")");
    }
    for (int i = 0; i < warmup; i++) {
      bench.iteration(timeMs);
    }
    List<double[]> measured = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      measured.add(bench.iteration(timeMs));
    }
    System.out.println(json(bench, measured, warmup, timeMs));
  }

  /** Decodes the whole recording once, as a client receiving it in read-size chunks would. */
  private void pass() {
    FrameDecoder decoder = new FrameDecoder();
    for (int offset = 0; offset < stream.length; offset += readSize) {
      decoder.feed(stream, offset, Math.min(readSize, stream.length - offset));
      for (List<String> frame = decoder.next(); frame != null; frame = decoder.next()) {
        // Kept reachable so the JIT cannot drop the decoding.
        sink[(int) (messages++ % SINK_SIZE)] = ServerMessageType.decode(new FieldReader(frame));
      }
    }
  }

  /** Whole passes until the process used timeMs of CPU; {msg per CPU s, msg per wall s}. */
  private double[] iteration(long timeMs) {
    long before = messages;
    long cpuStart = processCpuNanos();
    long wallStart = System.nanoTime();
    long cpu;
    do {
      pass();
      cpu = processCpuNanos() - cpuStart;
    } while (cpu < timeMs * 1_000_000L);
    long wall = System.nanoTime() - wallStart;
    double count = messages - before;
    return new double[] {count * 1e9 / cpu, count * 1e9 / wall};
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String json(
      DecodeThroughput bench, List<double[]> measured, int warmup, long timeMs) {
    return String.format(
        Locale.ROOT,
        "{\"client\":\"ib-trading\",\"java\":\"%s\",\"bytes\":%d,\"frames\":%d,\"readSize\":%d,"
            + "\"warmup\":\"%d x %d ms CPU\",\"unit\":\"msg/s\",\"cpuIterations\":[%s],"
            + "\"wallIterations\":[%s],\"cpuMedian\":%d,\"wallMedian\":%d}",
        System.getProperty("java.version"),
        bench.stream.length,
        TwsCodecBenchmark.FRAMES,
        bench.readSize,
        warmup,
        timeMs,
        column(measured, 0),
        column(measured, 1),
        median(measured, 0),
        median(measured, 1));
  }

  private static long median(List<double[]> measured, int index) {
    double[] sorted = measured.stream().mapToDouble(values -> values[index]).sorted().toArray();
    int mid = sorted.length / 2;
    return Math.round(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
  }

  private static String column(List<double[]> measured, int index) {
    return measured.stream()
        .map(values -> Long.toString(Math.round(values[index])))
        .collect(Collectors.joining(","));
  }
}
