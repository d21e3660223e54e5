package dev.ibtrading.strategy;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the {@code dummy} strategy, bound from {@code strategies.dummy.*}.
 *
 * @param symbol the one US stock it trades (default SPY)
 * @param allowShort whether its -1 days are traded short; false (default) makes them flat days
 */
@ConfigurationProperties("strategies.dummy")
@Validated
public record DummyProperties(@DefaultValue("SPY") @NotBlank String symbol, boolean allowShort) {}
