package dev.ibtrading.pubsub;

import java.util.List;

/**
 * What {@link PubSubProvisioner#provision} did, by full resource name.
 *
 * @param created topics and subscriptions that did not exist
 * @param updated subscriptions whose settings differed and were corrected
 * @param unchanged what already was as wanted
 */
public record ProvisioningReport(
    List<String> created, List<String> updated, List<String> unchanged) {
  public ProvisioningReport {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
    unchanged = List.copyOf(unchanged);
  }
}
