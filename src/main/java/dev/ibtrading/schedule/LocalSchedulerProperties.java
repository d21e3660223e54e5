package dev.ibtrading.schedule;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The local profile's stand-in for Cloud Scheduler, bound from {@code scheduler.local.*}: it fires
 * the jobs of {@code scheduler/jobs.yaml} by publishing to the trigger topics, as Cloud Scheduler
 * does in production ({@link LocalScheduler}).
 *
 * @param enabled fire the jobs; off by default, on in the {@code local} profile
 * @param jobsFile the jobs file, relative to the working directory (the repository root under
 *     {@code mvn spring-boot:run}); when it does not exist nothing is scheduled and a warning says
 *     so
 * @param scenario which scenario of the file; unset means the file's {@code defaultScenario}
 */
@ConfigurationProperties("scheduler.local")
@Validated
public record LocalSchedulerProperties(
    boolean enabled,
    @DefaultValue("scheduler/jobs.yaml") @NotNull Path jobsFile,
    String scenario) {}
