package dev.ibtrading.plan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The allocation settings ({@code allocation.*}) that plans are sized and capped with. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AllocationSettings.class)
public class PlanConfiguration {}
