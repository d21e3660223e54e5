package dev.ibtrading.replay;

import dev.ibtrading.paper.PaperGatewayProperties;
import dev.ibtrading.replay.report.Costs;
import java.util.Locale;

/** The costs a replay's paper gateway charges, as the report states them. */
final class ReplayCosts {
  private ReplayCosts() {}

  static Costs of(ReplayOptions options) {
    PaperGatewayProperties paper = PaperGatewayProperties.defaults();
    return new Costs(
        String.format(
            Locale.ROOT,
            "USD %s a share, at least USD %.2f an execution",
            paper.commissionPerShare(),
            paper.minCommission()),
        paper.slippageBps());
  }
}
