package dev.ibtrading.closeall;

import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.OptionFields;
import dev.ibtrading.trigger.TriggerOptions;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Options of {@link Intent#CLOSE_ALL}: {@code {"scope": "own", "dryRun": false, "orderProperties":
 * {...}}}.
 *
 * @param scope which orders to cancel and positions to close (default {@link CloseAllScope#OWN});
 *     any value but {@code own} or {@code all} is rejected at the edge
 * @param dryRun decide and report, cancel or place no order
 * @param orderProperties extra order fields for the closing orders (default empty); which keys are
 *     allowed is checked by the run
 */
public record CloseAllOptions(
    CloseAllScope scope, boolean dryRun, Map<String, JsonNode> orderProperties)
    implements TriggerOptions {

  public CloseAllOptions {
    Objects.requireNonNull(scope, "scope");
    orderProperties = Map.copyOf(orderProperties);
  }

  /** Scope {@link CloseAllScope#OWN}. */
  public CloseAllOptions(boolean dryRun, Map<String, JsonNode> orderProperties) {
    this(CloseAllScope.OWN, dryRun, orderProperties);
  }

  public static CloseAllOptions read(OptionFields fields) {
    String scope = fields.oneOf("scope", CloseAllScope.wireNames(), CloseAllScope.OWN.wireName());
    return new CloseAllOptions(
        CloseAllScope.fromWireName(scope),
        fields.bool("dryRun", false),
        fields.object("orderProperties"));
  }
}
