package dev.ibtrading.cashbalancer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the cash-balancer settings for {@link CashBalancerHandler}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CashBalancerSettings.class)
public class CashBalancerConfiguration {}
