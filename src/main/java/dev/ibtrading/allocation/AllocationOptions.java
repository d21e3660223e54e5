package dev.ibtrading.allocation;

import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.OptionFields;
import dev.ibtrading.trigger.TriggerOptions;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Options of {@link Intent#ALLOCATION}: {@code {"strategies": ["spymacdvixy"], "dryRun": false,
 * "orderProperties": {"goodAfterTime": "..."}}}.
 *
 * @param strategies the strategies to allocate, non-empty, each a non-blank string (required)
 * @param dryRun decide and report, place no order
 * @param orderProperties extra order fields applied to every order, values as given (default
 *     empty); which keys are allowed is checked by the run
 */
public record AllocationOptions(
    List<String> strategies, boolean dryRun, Map<String, JsonNode> orderProperties)
    implements TriggerOptions {

  public AllocationOptions {
    strategies = List.copyOf(strategies);
    orderProperties = Map.copyOf(orderProperties);
  }

  public static AllocationOptions read(OptionFields fields) {
    return new AllocationOptions(
        fields.nonEmptyStrings("strategies"),
        fields.bool("dryRun", false),
        fields.object("orderProperties"));
  }
}
