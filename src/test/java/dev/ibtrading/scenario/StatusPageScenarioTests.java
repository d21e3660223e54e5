package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.testsupport.ChromiumSupport;
import dev.ibtrading.testsupport.HeadlessChromium;
import dev.ibtrading.trigger.Intent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The status page of the running worker (local profile, embedded paper gateway) after a summary, a
 * {@code dummy} allocation that buys SPY, a second summary, a risk check and an eod-check, all
 * pushed through the endpoints: first its JSON, then the page in Debian's Chromium, headless, as a
 * screenshot and as the DOM its script drew. The screenshot and DOM stay in {@code
 * target/status-page/} for people to look at.
 */
class StatusPageScenarioTests extends ScenarioTestBase {
  static final Path OUTPUT = Path.of("target/status-page");
  static final int WIDTH = 1200;
  static final int HEIGHT = 900;

  /** The chart's line and run points ({@code LINE} in status.html). */
  static final int CHART_BLUE = 0x2563eb;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired ManagedUniverse universe;

  /** The pushed runs, in push order. */
  private List<Pushed> pushRuns() {
    List<Pushed> runs = new ArrayList<>();
    runs.add(push(Intent.SUMMARY, "{}"));
    runs.add(push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"]}"));
    runs.add(push(Intent.SUMMARY, "{}"));
    runs.add(push(Intent.RISK_CHECK, "{\"dryRun\":true}"));
    runs.add(push(Intent.EOD_CHECK, "{\"dryRun\":true}"));
    for (Pushed run : runs) {
      assertThat(run.httpStatus()).as(run.runId()).isEqualTo(200);
    }
    assertThat(runs.get(1).status()).as("the allocation").isEqualTo(OutcomeStatus.OK);
    assertThat(held("SPY")).isPositive();
    return runs;
  }

  @Test
  void theJsonShowsTheGatewayTheRunsTheHoldingsAndNetLiquidationFromTheOutcomes() {
    List<Pushed> runs = pushRuns();

    JsonNode status = JSON.readTree(get("/status").body());

    assertThat(status.path("gateway").path("state").asString()).isEqualTo("CONNECTED");
    assertThat(status.path("gateway").path("account").asString()).isEqualTo("DU0000001");
    assertThat(status.path("trading").path("mode").asString()).isEqualTo("paper");
    assertThat(status.path("trading").path("enabled").asBoolean()).isTrue();
    assertThat(strings(status.path("strategies"))).isEqualTo(universe.strategyNames());
    // The local profile's scheduler file, default scenario, from the worker's clock (10:00 EST).
    JsonNode schedule = status.path("schedule");
    assertThat(schedule.path("scenario").asString()).isEqualTo("a");
    assertThat(schedule.path("jobs").get(0).path("name").asString()).isEqualTo("allocation-close");
    assertThat(schedule.path("jobs").get(0).path("nextFire").asString())
        .isEqualTo("2025-01-02T16:15:00-05:00");
    // The latest runs first: ours, newest first, with their statuses.
    for (int i = 0; i < runs.size(); i++) {
      JsonNode listed = status.path("runs").get(runs.size() - 1 - i);
      assertThat(listed.path("runId").asString()).isEqualTo(runs.get(i).runId());
      assertThat(listed.path("status").asString()).isEqualTo(runs.get(i).status().wireName());
    }
    JsonNode positions = status.path("holdings").path("positions");
    assertThat(positions).hasSize(1);
    assertThat(positions.get(0).path("symbol").asString()).isEqualTo("SPY");
    assertThat(positions.get(0).path("quantity").decimalValue()).isEqualByComparingTo(held("SPY"));
    assertThat(positions.get(0).path("managed").asBoolean()).isTrue();
    // Every run that reads NetLiquidation is on the chart with the value its outcome reported.
    assertThat(chartValue(status, runs.get(0)))
        .isEqualByComparingTo(
            runs.get(0).result().path("account").path("netLiquidation").decimalValue());
    assertThat(chartValue(status, runs.get(2)))
        .isEqualByComparingTo(
            runs.get(2).result().path("account").path("netLiquidation").decimalValue());
    assertThat(chartValue(status, runs.get(3)))
        .isEqualByComparingTo(
            runs.get(3).result().path("account").path("netLiquidation").decimalValue());
    assertThat(chartValue(status, runs.get(4)))
        .isEqualByComparingTo(runs.get(4).result().path("netLiquidation").decimalValue());
    assertThat(chartValue(status, runs.get(1))).as("the allocation reads none").isNull();
    JsonNode chart = status.path("netLiquidation");
    JsonNode fresh = chart.get(chart.size() - 1);
    assertThat(fresh.path("intent").asString()).isEqualTo("now");
    assertThat(fresh.path("value").decimalValue()).isPositive();
  }

  @Test
  @ExtendWith(ChromiumSupport.class)
  void thePageRendersInHeadlessChromiumWithTheRunsAndTheChart() throws IOException {
    List<Pushed> runs = pushRuns();
    URI page = URI.create("http://127.0.0.1:" + httpPort + "/");

    Path png = HeadlessChromium.screenshot(page, OUTPUT.resolve("status-page.png"), WIDTH, HEIGHT);
    String dom = HeadlessChromium.dumpDom(page);
    Files.writeString(OUTPUT.resolve("status-page.html"), dom);

    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    assertThat(distinctColours(image)).as("distinct colours: not a blank page").isGreaterThan(50);
    assertThat(pixelsOf(image, CHART_BLUE)).as("pixels of the chart's line").isGreaterThan(200);

    assertThat(dom).contains(">gateway: CONNECTED (DU0000001)<");
    assertThat(dom).contains(">trading enabled<");
    for (String strategy : universe.strategyNames()) {
      assertThat(dom).contains(">strategy: " + strategy + "<");
    }
    for (Pushed run : runs) {
      String row = rowOf(dom, run.runId());
      assertThat(row).contains(">" + run.outcome().intent() + "<");
      assertThat(row).contains(">" + run.status().wireName() + "<");
    }
    for (Pushed run : List.of(runs.get(0), runs.get(2), runs.get(3), runs.get(4))) {
      assertThat(dom).contains("class=\"nl-point\" data-run-id=\"" + run.runId() + "\"");
    }
    assertThat(dom).containsPattern("<td>SPY</td><td class=\"num\">[1-9][0-9]*</td>");
    assertThat(dom).contains(">allocation-close<");
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }

  /** The chart's value for {@code run}, or null when it is not on the chart. */
  private static BigDecimal chartValue(JsonNode status, Pushed run) {
    for (JsonNode point : status.path("netLiquidation")) {
      if (point.path("runId").asString("").equals(run.runId())) {
        return point.path("value").decimalValue();
      }
    }
    return null;
  }

  private static String rowOf(String dom, String runId) {
    Matcher row =
        Pattern.compile("<tr data-run-id=\"" + Pattern.quote(runId) + "\"[^>]*>(.*?)</tr>")
            .matcher(dom);
    assertThat(row.find()).as("a rendered row for run %s", runId).isTrue();
    return row.group(1);
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return colours.size();
  }

  private static int pixelsOf(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          count++;
        }
      }
    }
    return count;
  }
}
