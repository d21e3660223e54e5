package dev.ibtrading.schedule;

import com.google.cloud.spring.pubsub.core.PubSubTemplate;
import dev.ibtrading.pubsub.PubSubTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The local profile's scheduler ({@code scheduler.local.enabled}, see {@link
 * LocalSchedulerProperties}), publishing through Spring Cloud GCP's {@code PubSubTemplate} (its
 * publisher template is a second publishing bean, hence the concrete type) to the worker's
 * topology.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("scheduler.local.enabled")
@EnableConfigurationProperties(LocalSchedulerProperties.class)
class LocalSchedulerConfiguration {
  private static final Logger log = LoggerFactory.getLogger(LocalSchedulerConfiguration.class);

  @Bean
  LocalScheduler localScheduler(
      LocalSchedulerProperties properties, PubSubTopology topology, PubSubTemplate publisher) {
    // Not a bean: a TaskScheduler bean would displace Spring Boot's own task executor.
    ThreadPoolTaskScheduler threads = new ThreadPoolTaskScheduler();
    threads.setThreadNamePrefix("local-scheduler-");
    threads.setPoolSize(1);
    return new LocalScheduler(jobs(properties), topology, publisher, threads);
  }

  static List<ScheduledJob> jobs(LocalSchedulerProperties properties) {
    Path file = properties.jobsFile().toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      log.warn(
          "Local scheduler: no jobs file at {} (scheduler.local.jobs-file); nothing scheduled",
          file);
      return List.of();
    }
    SchedulerJobs all;
    try {
      all = SchedulerJobs.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the jobs file " + file, e);
    }
    try {
      return all.scenario(properties.scenario());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "scheduler.local.scenario: " + e.getMessage() + " in " + file, e);
    }
  }
}
