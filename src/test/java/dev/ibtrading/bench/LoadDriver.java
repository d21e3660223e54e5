package dev.ibtrading.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A closed-loop load: {@code concurrency} clients, each sending its next request as soon as the
 * previous one is answered, until {@code requests} have been answered. Every latency runs from
 * sending the request to receiving the whole answer. Answers are tallied by HTTP status and the
 * body's {@code status} (plus the first warning's code when it is {@code skipped}), so a case that
 * was not what it claims (all 503s, or skipped runs) shows in the report.
 */
final class LoadDriver {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** What one load measured. */
  record Result(LatencyStats stats, Map<String, Long> answers, int failures) {}

  /**
   * One request at a time, each sent {@code gap} after the previous answer: the latency of a lone
   * trigger, as a scheduler sends them, with the gateway's pacer window empty. The throughput is
   * that of the requests alone (their count over the sum of their latencies).
   */
  Result isolated(int requests, Duration gap, IntFunction<HttpRequest> request)
      throws InterruptedException {
    long[] latencies = new long[requests];
    Map<String, Long> tally = new TreeMap<>();
    int failures = 0;
    long busy = 0;
    for (int i = 0; i < requests; i++) {
      Thread.sleep(gap.toMillis());
      HttpRequest sent = request.apply(i);
      long start = System.nanoTime();
      String answer = send(sent);
      latencies[i] = System.nanoTime() - start;
      busy += latencies[i];
      failures += answer.startsWith("2") ? 0 : 1;
      tally.merge(answer, 1L, Long::sum);
    }
    return new Result(LatencyStats.of(latencies, busy), tally, failures);
  }

  Result run(int concurrency, int requests, IntFunction<HttpRequest> request)
      throws InterruptedException {
    long[] latencies = new long[requests];
    Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    try {
      for (int c = 0; c < concurrency; c++) {
        clients.execute(
            () -> {
              try {
                go.await();
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                  HttpRequest sent = request.apply(i);
                  long start = System.nanoTime();
                  String answer = send(sent);
                  latencies[i] = System.nanoTime() - start;
                  if (!answer.startsWith("2")) {
                    failures.incrementAndGet();
                  }
                  answers.computeIfAbsent(answer, a -> new LongAdder()).increment();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
      }
      long start = System.nanoTime();
      go.countDown();
      clients.shutdown();
      if (!clients.awaitTermination(1, TimeUnit.HOURS)) {
        throw new IllegalStateException(
            "load of " + requests + " requests still running after 1 h");
      }
      long wall = System.nanoTime() - start;
      Map<String, Long> tally = new TreeMap<>();
      answers.forEach((answer, count) -> tally.put(answer, count.sum()));
      return new Result(LatencyStats.of(latencies, wall), tally, failures.get());
    } finally {
      clients.shutdownNow();
    }
  }

  /** The answer as {@code "<http status> <body status>[ <first warning code>]"}. */
  private String send(HttpRequest request) throws InterruptedException {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() + " " + describe(response.body());
    } catch (IOException e) {
      return "io-error " + e.getClass().getSimpleName();
    }
  }

  private static String describe(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      String status = root.path("status").asString("?");
      JsonNode warning = root.path("warnings").path(0).path("code");
      return "skipped".equals(status) && warning.isString()
          ? status + " " + warning.asString()
          : status;
    } catch (RuntimeException notJson) {
      return "(not JSON)";
    }
  }
}
