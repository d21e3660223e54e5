package dev.ibtrading.testsupport.pushfuzz;

import dev.ibtrading.testsupport.pushfuzz.JunkJson.Kind;
import dev.ibtrading.trigger.Intent;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The options each intent accepts, as the README and the {@code ingest.*Options} records document
 * them: a valid dry-run options object per intent, and for every option a value of a wrong type.
 */
final class OptionSpecs {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Every intent's option names. */
  static final Map<Intent, List<String>> OPTIONS =
      Map.of(
          Intent.ALLOCATION, List.of("strategies", "dryRun", "orderProperties"),
          Intent.RISK_CHECK, List.of("dryRun"),
          Intent.EOD_CHECK, List.of("dryRun", "flatten"),
          Intent.SUMMARY, List.of("dryRun"),
          Intent.CLOSE_ALL, List.of("scope", "dryRun", "orderProperties"),
          Intent.CASH_BALANCER, List.of("dryRun"));

  private OptionSpecs() {}

  /**
   * Valid options that place, cancel and close nothing ({@code dryRun} true), so that an accepted
   * case never touches the account other tests share.
   */
  static ObjectNode validDryRun(Intent intent, Random random) {
    ObjectNode options = NODES.objectNode();
    options.put("dryRun", true);
    switch (intent) {
      case ALLOCATION -> options.set("strategies", NODES.arrayNode().add("dummy"));
      case EOD_CHECK -> {
        if (random.nextBoolean()) {
          options.put("flatten", random.nextBoolean());
        }
      }
      case CLOSE_ALL -> options.put("scope", random.nextBoolean() ? "own" : "all");
      default -> {}
    }
    return options;
  }

  /** A value that option {@code name} refuses. */
  static JsonNode wrongValue(String name, Random random) {
    return switch (name) {
      case "dryRun", "flatten" -> JunkJson.other(random, Kind.BOOLEAN);
      case "orderProperties" -> JunkJson.other(random, Kind.OBJECT);
      case "scope" ->
          random.nextBoolean()
              ? JunkJson.other(random, Kind.STRING)
              : NODES.stringNode(
                  List.of("", "OWN", "All", "everything", " own", "own ").get(random.nextInt(6)));
      case "strategies" -> wrongStrategies(random);
      default -> throw new IllegalArgumentException("no such option: " + name);
    };
  }

  private static JsonNode wrongStrategies(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> JunkJson.other(random, Set.of(Kind.ARRAY));
      case 1 -> NODES.arrayNode();
      default -> {
        ArrayNode array = NODES.arrayNode().add("dummy");
        array.add(
            random.nextBoolean()
                ? JunkJson.other(random, Kind.STRING)
                : NODES.stringNode(List.of("", " ", "\t\n").get(random.nextInt(3))));
        yield array;
      }
    };
  }
}
