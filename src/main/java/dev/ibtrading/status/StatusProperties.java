package dev.ibtrading.status;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The status page, bound from {@code status.*}.
 *
 * @param recentRuns how many of this process's last runs the page keeps and shows (default 50);
 *     older ones, and all of them after a restart, are on the outcome topic only
 */
@ConfigurationProperties("status")
@Validated
public record StatusProperties(@DefaultValue("50") @Min(1) @Max(1000) int recentRuns) {}
