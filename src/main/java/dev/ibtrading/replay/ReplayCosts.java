package dev.ibtrading.replay;

import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.replay.report.Costs;

/** The costs a replay's paper gateway charges, as the report states them. */
final class ReplayCosts {
  private ReplayCosts() {}

  static Costs of(ReplayOptions options) {
    PaperGatewayConfig config = Replay.gatewayConfig(options);
    return new Costs(config.commissionSchedule().description(config), config.slippageBps());
  }
}
