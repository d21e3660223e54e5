package dev.ibtrading.paper;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.broker.UnsafeTradingConfigurationException;
import dev.ibtrading.ib.EmbeddedGatewayAddress;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a paper gateway inside the worker when {@code ib.gateway.mode=embedded}, on loopback, with
 * {@link PaperGatewayProperties} and the worker's own {@link ExchangeCalendar} (so its market keeps
 * the configured {@code calendar.*} extra closed days and early closes too), and tells the client
 * where through an {@link EmbeddedGatewayAddress}. Refuses live trading.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "ib.gateway", name = "mode", havingValue = "embedded")
@EnableConfigurationProperties({PaperGatewayProperties.class, TradingProperties.class})
public class EmbeddedPaperGatewayConfiguration {

  @Bean(destroyMethod = "close")
  PersistentPaperGateway embeddedPaperGateway(
      PaperGatewayProperties paper,
      TradingProperties trading,
      ObjectProvider<ExchangeCalendar> calendar)
      throws IOException {
    if (trading.mode() == TradingMode.LIVE) {
      throw new UnsafeTradingConfigurationException(
          "trading.mode=live with ib.gateway.mode=embedded: the embedded paper gateway only"
              + " simulates an account, it cannot trade live",
          "Set ib.gateway.mode=external and point ib.gateway.host/port at IB Gateway for live"
              + " trading, or set trading.mode=paper to use the paper gateway.");
    }
    return PersistentPaperGateway.start(
        // The worker's calendar, with its configured extra days; NYSE's rules in a context without
        // one, so that the live-trading refusal above never waits on an unrelated bean.
        paper.toConfig(PaperGatewayProperties.LOOPBACK).toBuilder()
            .calendar(calendar.getIfAvailable(ExchangeCalendar::nyse))
            .build(),
        PaperClock.system());
  }

  /** The running gateway; {@link #embeddedPaperGateway} closes it after saving its state. */
  @Bean(destroyMethod = "")
  PaperGateway paperGateway(PersistentPaperGateway embedded) {
    return embedded.gateway();
  }

  /** Where the client connects: the gateway's loopback host and the port it chose. */
  @Bean
  EmbeddedGatewayAddress embeddedGatewayAddress(PaperGateway gateway) {
    return new EmbeddedGatewayAddress(gateway.config().host(), gateway.port());
  }
}
