package dev.ibtrading.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a running worker's memory from outside: resident set from {@code /proc/<pid>/status}, heap
 * and metaspace from its actuator metrics (exposed by the benchmark's arguments), and the live heap
 * and run ledger size from a class histogram ({@code jcmd GC.class_histogram}, which runs a full GC
 * first).
 */
final class MemoryProbe {
  /** One {@code RunLedger} entry per remembered run key. */
  static final String LEDGER_ENTRY = "dev.ibtrading.run.RunLedger$Entry";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /**
   * What was read, in bytes.
   *
   * @param rss resident set size now ({@code VmRSS})
   * @param peakRss the largest resident set so far ({@code VmHWM})
   * @param heapUsed heap in use, garbage included (actuator {@code jvm.memory.used}, area heap)
   * @param heapCommitted heap the JVM has taken from the OS
   * @param metaspaceUsed metaspace in use (actuator {@code jvm.memory.used}, id Metaspace)
   * @param liveHeap heap still reachable after a full GC (the histogram's total)
   * @param ledgerEntries run keys the run ledger remembers
   */
  record Sample(
      long rss,
      long peakRss,
      long heapUsed,
      long heapCommitted,
      long metaspaceUsed,
      long liveHeap,
      long ledgerEntries) {}

  private MemoryProbe() {}

  /** RSS first, heap second, then the histogram, whose full GC changes the other two. */
  static Sample take(long pid, URI worker) throws IOException, InterruptedException {
    long[] status = procStatus(pid);
    long heapUsed = metric(worker, "jvm.memory.used", "area:heap");
    long heapCommitted = metric(worker, "jvm.memory.committed", "area:heap");
    long metaspace = metric(worker, "jvm.memory.used", "id:Metaspace");
    long[] histogram = histogram(pid);
    return new Sample(
        status[0], status[1], heapUsed, heapCommitted, metaspace, histogram[0], histogram[1]);
  }

  /** {@code VmRSS} and {@code VmHWM} of a process, in bytes. */
  static long[] procStatus(long pid) throws IOException {
    long rss = -1;
    long hwm = -1;
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kilobytes(line) * 1024;
      } else if (line.startsWith("VmHWM:")) {
        hwm = kilobytes(line) * 1024;
      }
    }
    return new long[] {rss, hwm};
  }

  private static long kilobytes(String statusLine) {
    String[] fields = statusLine.trim().split("\\s+");
    return Long.parseLong(fields[1]);
  }

  private static long metric(URI worker, String name, String tag)
      throws IOException, InterruptedException {
    URI uri = worker.resolve("/actuator/metrics/" + name + "?tag=" + tag);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + ": " + response.statusCode() + " (expected: 200)");
    }
    return (long)
        JSON.readTree(response.body()).path("measurements").path(0).path("value").asDouble();
  }

  /** Live heap bytes and ledger entries, from {@code jcmd <pid> GC.class_histogram}. */
  static long[] histogram(long pid) throws IOException, InterruptedException {
    return parseHistogram(jcmd(pid, "GC.class_histogram").lines().toList());
  }

  /** The output of {@code jcmd <pid> <command>}, e.g. {@code VM.native_memory summary}. */
  static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
    line.addAll(List.of(command.split(" ")));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed: " + output);
    }
    return output;
  }

  /**
   * From histogram lines ({@code num: #instances #bytes class}, then {@code Total #instances
   * #bytes}): the total bytes and the instances of {@link #LEDGER_ENTRY}.
   */
  static long[] parseHistogram(List<String> lines) {
    long total = -1;
    long entries = 0;
    for (String line : lines) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length == 3 && fields[0].equals("Total")) {
        total = Long.parseLong(fields[2]);
      } else if (fields.length >= 4 && fields[3].equals(LEDGER_ENTRY)) {
        entries = Long.parseLong(fields[1]);
      }
    }
    if (total < 0) {
      throw new IllegalStateException("no Total line in the class histogram");
    }
    return new long[] {total, entries};
  }
}
