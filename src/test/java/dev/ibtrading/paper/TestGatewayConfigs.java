package dev.ibtrading.paper;

import java.nio.file.Path;

/** Paper gateway configs for tests that choose the price model and the market hours. */
public final class TestGatewayConfigs {
  private TestGatewayConfigs() {}

  /** {@link PaperGatewayConfig#forTests()} with a chosen seed, bars file and market hours. */
  public static PaperGatewayConfig config(long seed, Path barsFile, boolean alwaysOpen) {
    PaperGatewayConfig c = PaperGatewayConfig.forTests();
    return new PaperGatewayConfig(
        c.host(),
        c.port(),
        c.account(),
        c.startingCash(),
        seed,
        barsFile,
        alwaysOpen,
        c.stateFile(),
        c.slippageBps(),
        c.commissionPerShare(),
        c.minCommission(),
        c.fillDelay());
  }
}
