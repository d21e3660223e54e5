package dev.ibtrading.closeall;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the close-all settings for {@link CloseAllHandler}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CloseAllSettings.class)
public class CloseAllConfiguration {}
