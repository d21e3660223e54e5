package dev.ibtrading.paper;

import java.nio.file.Path;

/** Paper gateway configs for tests that choose the price model and the market hours. */
public final class TestGatewayConfigs {
  private TestGatewayConfigs() {}

  /** {@link PaperGatewayConfig#forTests()} with a chosen seed, bars file and market hours. */
  public static PaperGatewayConfig config(long seed, Path barsFile, boolean alwaysOpen) {
    return PaperGatewayConfig.forTests().toBuilder()
        .seed(seed)
        .barsFile(barsFile)
        .alwaysOpen(alwaysOpen)
        .build();
  }
}
