package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.outcome.OutcomeStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradingGateTests {
  private final Broker broker = mock(Broker.class);

  private TradingBlock check(String account, List<String> managed, TradingProperties trading) {
    when(broker.account()).thenReturn(account);
    when(broker.managedAccounts()).thenReturn(managed);
    return new TradingGate(broker, trading).check();
  }

  private static TradingProperties paper(boolean enabled) {
    return new TradingProperties(TradingMode.PAPER, false, enabled);
  }

  private static TradingProperties live() {
    return new TradingProperties(TradingMode.LIVE, true, true);
  }

  @Test
  void paperAccountInPaperModeMayTrade() {
    assertThat(check("DU123", List.of("DU123"), paper(true))).isNull();
  }

  @Test
  void liveAccountInLiveModeMayTrade() {
    assertThat(check("U123", List.of("U123", "U456"), live())).isNull();
  }

  @Test
  void killSwitchSkips() {
    TradingBlock block = check("DU123", List.of("DU123"), paper(false));
    assertThat(block.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(block.reason().code()).isEqualTo("trading-disabled");
  }

  @Test
  void paperAccountInLiveModeFails() {
    TradingBlock block = check("DU123", List.of("DU123"), live());
    assertThat(block.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(block.reason().code()).isEqualTo("paper-account-in-live-mode");
  }

  @Test
  void liveAccountInPaperModeFails() {
    TradingBlock block = check("U123", List.of("U123"), paper(true));
    assertThat(block.reason().code()).isEqualTo("live-account-in-paper-mode");
  }

  @Test
  void accountOutsideTheLoginFailsBeforeTheKillSwitch() {
    TradingBlock block = check("DU999", List.of("DU123"), paper(false));
    assertThat(block.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(block.reason().code()).isEqualTo("account-not-managed");
    assertThat(block.reason().message()).contains("DU999", "DU123");
  }

  @Test
  void blockedResultReportsTheReasonByStatus() {
    IntentResult skipped = TradingBlock.killSwitch().result(null, List.of());
    assertThat(skipped.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(skipped.warnings()).extracting(p -> p.code()).containsExactly("trading-disabled");
    assertThat(skipped.errors()).isEmpty();
    IntentResult failed = TradingBlock.refused("x", "y").result(null, List.of());
    assertThat(failed.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(failed.errors()).extracting(p -> p.code()).containsExactly("x");
  }
}
