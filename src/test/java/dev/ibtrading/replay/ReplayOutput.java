package dev.ibtrading.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a replay wrote to its output directory, read back as plain JSON. */
record ReplayOutput(
    JsonNode summary, List<JsonNode> outcomes, List<JsonNode> executions, String report) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static ReplayOutput read(Path dir) {
    try {
      return new ReplayOutput(
          JSON.readTree(Files.readString(dir.resolve("summary.json"))),
          lines(dir.resolve("outcomes.jsonl")),
          lines(dir.resolve("executions.jsonl")),
          report(dir.resolve("report.html")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report, or null where there is none (a set's directory of a comparison). */
  private static String report(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : null;
  }

  /** The equity curve of the summary: date and NetLiquidation at each close. */
  List<Point> equity() {
    List<Point> points = new ArrayList<>();
    for (JsonNode p : summary.path("equity")) {
      points.add(
          new Point(
              LocalDate.parse(p.path("date").asString()), p.path("netLiquidation").decimalValue()));
    }
    return points;
  }

  record Point(LocalDate date, BigDecimal value) {}

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
