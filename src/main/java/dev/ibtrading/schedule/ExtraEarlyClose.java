package dev.ibtrading.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A half day the exchange announced outside its rules ({@code calendar.extra-early-closes}): the
 * regular session of {@code date} ends at {@code close} instead of 16:00 (or instead of the rule's
 * 13:00 on a scheduled half day).
 *
 * @param date the New York date, a trading day
 * @param close the end of its regular session, New York time, after 09:30 and before 16:00
 * @param reason why, as the eod-check's session shows it
 */
public record ExtraEarlyClose(
    @NotNull LocalDate date, @NotNull LocalTime close, @NotBlank String reason) {}
