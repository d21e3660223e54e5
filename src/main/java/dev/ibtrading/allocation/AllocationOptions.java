package dev.ibtrading.allocation;

import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.OptionFields;
import dev.ibtrading.trigger.TriggerOptions;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Options of {@link Intent#ALLOCATION}: {@code {"strategies": ["spymacdvixy"], "dryRun": false,
 * "targets": "strategy", "orderProperties": {"goodAfterTime": "..."}}}.
 *
 * @param strategies the strategies to allocate, non-empty, each a non-blank string (required)
 * @param dryRun decide and report, place no order
 * @param orderProperties extra order fields applied to every order, values as given (default
 *     empty); which keys are allowed is checked by the run
 * @param targets {@value #STRATEGY_TARGETS} (default): the strategies' targets; {@value
 *     #ZERO_TARGETS}: every traded instrument of the strategies to 0, i.e. sell them out, whatever
 *     the strategies say and even when paused
 */
public record AllocationOptions(
    List<String> strategies, boolean dryRun, Map<String, JsonNode> orderProperties, String targets)
    implements TriggerOptions {
  public static final String STRATEGY_TARGETS = "strategy";
  public static final String ZERO_TARGETS = "zero";

  public AllocationOptions {
    strategies = List.copyOf(strategies);
    orderProperties = Map.copyOf(orderProperties);
    targets = targets == null ? STRATEGY_TARGETS : targets;
  }

  public AllocationOptions(
      List<String> strategies, boolean dryRun, Map<String, JsonNode> orderProperties) {
    this(strategies, dryRun, orderProperties, STRATEGY_TARGETS);
  }

  public static AllocationOptions read(OptionFields fields) {
    return new AllocationOptions(
        fields.nonEmptyStrings("strategies"),
        fields.bool("dryRun", false),
        fields.object("orderProperties"),
        fields.oneOf("targets", List.of(STRATEGY_TARGETS, ZERO_TARGETS), STRATEGY_TARGETS));
  }

  /** Whether the run sells the strategies' instruments out ({@code "targets": "zero"}). */
  public boolean zeroTargets() {
    return ZERO_TARGETS.equals(targets);
  }
}
