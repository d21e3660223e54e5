package dev.ibtrading.ingest;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Options of {@link Intent#CLOSE_ALL}: {@code {"dryRun": false, "orderProperties": {...}}}.
 *
 * @param dryRun decide and report, cancel or place no order
 * @param orderProperties extra order fields for the closing orders (default empty)
 */
public record CloseAllOptions(boolean dryRun, Map<String, JsonNode> orderProperties)
    implements TriggerOptions {

  public CloseAllOptions {
    orderProperties = Map.copyOf(orderProperties);
  }

  static CloseAllOptions read(OptionFields fields) {
    return new CloseAllOptions(fields.bool("dryRun", false), fields.object("orderProperties"));
  }
}
