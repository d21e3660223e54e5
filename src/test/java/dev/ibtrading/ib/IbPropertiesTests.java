package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Binding and validation of {@code ib.*} and {@code trading.*}, without starting a client. */
class IbPropertiesTests {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({IbProperties.class, TradingProperties.class})
  static class PropertiesOnly {}

  @Test
  void defaultsAreAnExternalPaperGatewayOnLoopback() {
    runner.run(
        context -> {
          IbProperties ib = context.getBean(IbProperties.class);
          TradingProperties trading = context.getBean(TradingProperties.class);
          assertThat(trading.mode()).isEqualTo(TradingMode.PAPER);
          assertThat(ib.gateway().mode()).isEqualTo(GatewayMode.EXTERNAL);
          assertThat(ib.gateway().host()).isEqualTo("127.0.0.1");
          assertThat(ib.gatewayPort(trading.mode())).isEqualTo(4002);
          assertThat(ib.clientId()).isEqualTo(1);
          assertThat(ib.accountOrEmpty()).isEmpty();
          assertThat(ib.maxServerVersion()).isEqualTo(176);
          assertThat(ib.maxMessagesPerSecond()).isEqualTo(40);
          assertThat(ib.reconnect().minDelay()).isPositive();
          assertThat(ib.reconnect().maxDelay()).isGreaterThan(ib.reconnect().minDelay());
        });
  }

  @Test
  void liveModeDefaultsToTheLivePort() {
    runner
        .withPropertyValues("trading.mode=live", "trading.live-confirmed=true")
        .run(
            context ->
                assertThat(
                        context
                            .getBean(IbProperties.class)
                            .gatewayPort(context.getBean(TradingProperties.class).mode()))
                    .isEqualTo(4001));
  }

  @Test
  void anExplicitPortWinsInEitherMode() {
    IbProperties ib = bind("ib.gateway.port=4010");
    assertThat(ib.gatewayPort(TradingMode.PAPER)).isEqualTo(4010);
    assertThat(ib.gatewayPort(TradingMode.LIVE)).isEqualTo(4010);
  }

  @Test
  void settingsCarryEveryBoundValue() {
    IbSettings settings =
        bind(
                "ib.client-id=7",
                "ib.connect-timeout=3s",
                "ib.request-timeout=45s",
                "ib.max-messages-per-second=25",
                "ib.reconnect.min-delay=1s",
                "ib.reconnect.max-delay=1m")
            .toSettings("10.0.0.5", 4003);

    assertThat(settings.address()).isEqualTo("10.0.0.5:4003");
    assertThat(settings.clientId()).isEqualTo(7);
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(settings.maxMessagesPerSecond()).isEqualTo(25);
    assertThat(settings.reconnectMinDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.reconnectMaxDelay()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void environmentVariablesBindThroughRelaxedNames() {
    runner
        .withInitializer(
            context ->
                context
                    .getEnvironment()
                    .getPropertySources()
                    .addFirst(
                        new SystemEnvironmentPropertySource(
                            "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            Map.of(
                                "IB_GATEWAY_MODE", "embedded",
                                "IB_GATEWAY_PORT", "4004",
                                "IB_CLIENT_ID", "12",
                                "IB_ACCOUNT", "U7654321"))))
        .run(
            context -> {
              IbProperties ib = context.getBean(IbProperties.class);
              assertThat(ib.gateway().mode()).isEqualTo(GatewayMode.EMBEDDED);
              assertThat(ib.gateway().port()).isEqualTo(4004);
              assertThat(ib.clientId()).isEqualTo(12);
              assertThat(ib.accountOrEmpty()).isEqualTo("U7654321");
            });
  }

  @Test
  void marketDataDefaultsToRealTimeWithTheDelayedFallback() {
    IbProperties ib = bind();
    assertThat(ib.marketDataType()).isEqualTo(MarketDataType.REALTIME);
    assertThat(ib.marketDataFallback()).isTrue();
  }

  @Test
  void marketDataTypesBindByTheirDocumentedNames() {
    assertThat(bind("ib.market-data-type=frozen").marketDataType())
        .isEqualTo(MarketDataType.FROZEN);
    assertThat(bind("ib.market-data-type=delayed").marketDataType())
        .isEqualTo(MarketDataType.DELAYED);
    IbProperties ib = bind("ib.market-data-type=delayed-frozen", "ib.market-data-fallback=false");
    assertThat(ib.marketDataType()).isEqualTo(MarketDataType.DELAYED_FROZEN);
    assertThat(ib.marketDataFallback()).isFalse();
  }

  @Test
  void anUnknownMarketDataTypeIsRefused() {
    assertRefused("ib.market-data-type=live", "live");
  }

  @Test
  void messageRateAtTheGatewayLimitIsRefused() {
    assertRefused("ib.max-messages-per-second=50", "maxMessagesPerSecond");
  }

  @Test
  void serverVersionBelowTheClientsIsRefused() {
    assertRefused("ib.max-server-version=157", "maxServerVersion");
  }

  @Test
  void portOutOfRangeIsRefused() {
    assertRefused("ib.gateway.port=70000", "port");
  }

  @Test
  void reconnectDelaysOutOfOrderAreRefused() {
    assertRefused(
        new String[] {"ib.reconnect.min-delay=1m", "ib.reconnect.max-delay=1s"},
        "min-delay must not exceed");
  }

  @Test
  void liveWithoutOptInIsRefused() {
    assertRefused("trading.mode=live", "trading.live-confirmed=true");
  }

  @Test
  void paperNeedsNoOptIn() {
    runner
        .withPropertyValues("trading.mode=paper")
        .run(context -> assertThat(context).hasNotFailed());
  }

  private IbProperties bind(String... properties) {
    IbProperties[] bound = new IbProperties[1];
    runner
        .withPropertyValues(properties)
        .run(context -> bound[0] = context.getBean(IbProperties.class));
    return bound[0];
  }

  private void assertRefused(String property, String expectedText) {
    assertRefused(new String[] {property}, expectedText);
  }

  private void assertRefused(String[] properties, String expectedText) {
    runner
        .withPropertyValues(properties)
        .run(
            context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining(expectedText));
  }
}
