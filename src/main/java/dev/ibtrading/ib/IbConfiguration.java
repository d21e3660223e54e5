package dev.ibtrading.ib;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.TradingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the TWS client: settings from {@link IbProperties}, a client that connects in the
 * background, the {@link Broker} over it, and the gateway's readiness.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IbProperties.class, TradingProperties.class})
public class IbConfiguration {
  private static final Logger log = LoggerFactory.getLogger(IbConfiguration.class);

  /**
   * The gateway to connect to: the embedded paper gateway's chosen port in embedded mode, otherwise
   * {@code ib.gateway.host} and the port for the trading mode.
   */
  @Bean
  IbSettings ibSettings(
      IbProperties ib, TradingProperties trading, ObjectProvider<EmbeddedGatewayAddress> embedded) {
    if (ib.gateway().mode() == GatewayMode.EMBEDDED) {
      EmbeddedGatewayAddress gateway = embedded.getIfAvailable();
      if (gateway == null) {
        throw new IllegalStateException(
            "ib.gateway.mode=embedded but no paper gateway is configured"
                + " (expected: EmbeddedPaperGatewayConfiguration in the context)");
      }
      IbSettings settings = ib.toSettings(gateway.host(), gateway.port());
      log.info(
          "Trading {} via the embedded paper gateway at {}", trading.mode(), settings.address());
      return settings;
    }
    IbSettings settings = ib.toSettings(ib.gateway().host(), ib.gatewayPort(trading.mode()));
    log.info("Trading {} via the gateway at {}", trading.mode(), settings.address());
    return settings;
  }

  @Bean(destroyMethod = "close")
  IbClient ibClient(IbSettings settings) {
    return new IbClient(settings);
  }

  @Bean
  IbClientLifecycle ibClientLifecycle(IbClient client) {
    return new IbClientLifecycle(client);
  }

  @Bean
  Broker broker(IbClient client, IbProperties ib) {
    return new IbBroker(client, ib.accountOrEmpty(), ib.marketDataType(), ib.marketDataFallback());
  }

  @Bean
  GatewayMetrics gatewayMetrics(IbClient client) {
    return new GatewayMetrics(client);
  }

  @Bean
  GatewayHealthIndicator gatewayHealthIndicator(IbClient client, IbProperties ib) {
    return new GatewayHealthIndicator(client, ib.accountOrEmpty());
  }
}
