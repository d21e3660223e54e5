package dev.ibtrading.screenshot;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the gateway's screen from {@link ScreenshotProperties}. The controller is found by
 * component scanning; the push edge's filter covers its path ({@code
 * ingest.IngestConfiguration#STATUS_PATHS}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScreenshotProperties.class)
public class ScreenshotConfiguration {
  @Bean
  DisplayScreenshots displayScreenshots(ScreenshotProperties properties) {
    return new DisplayScreenshots(properties);
  }
}
