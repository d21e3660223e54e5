package dev.ibtrading.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A whole-day closure the exchange announced outside its rules, e.g. the national day of mourning
 * on 2025-01-09: no rule can derive it, so it is configured ({@code calendar.extra-closed-days}).
 *
 * @param date the New York date without a session
 * @param reason why, as run outcomes show it: {@code no trading session on <date>: <reason>}
 */
public record ExtraClosedDay(@NotNull LocalDate date, @NotBlank String reason) {}
