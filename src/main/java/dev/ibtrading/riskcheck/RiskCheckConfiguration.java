package dev.ibtrading.riskcheck;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the risk check's limits ({@code risk.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RiskSettings.class)
public class RiskCheckConfiguration {}
