package dev.ibtrading.eodcheck;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The end-of-day reconciliation's settings ({@code eod.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EodSettings.class)
public class EodCheckConfiguration {}
