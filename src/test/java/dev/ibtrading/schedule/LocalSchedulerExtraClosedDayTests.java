package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.spring.core.GcpProjectIdProvider;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.SubscriptionName;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.pubsub.PubSubTopology;
import dev.ibtrading.testsupport.OutcomeInbox;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.RunKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The local scheduler on a day that only {@code calendar.extra-closed-days} closes (2025-01-09, a
 * Thursday NYSE's rules keep open) does what Cloud Scheduler and the deployed worker do: the cron,
 * which knows no calendar, fires the job, and the worker's run, on the same calendar, is {@code
 * skipped} with {@code market-closed} and the configured reason, trading nothing. The job goes the
 * whole way: the scheduler's publish, the emulator's push to the worker, the outcome topic.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "scheduler.local.enabled=true",
      "scheduler.local.scenario=d",
      "calendar.extra-closed-days[0].date=2025-01-09",
      "calendar.extra-closed-days[0].reason=" + LocalSchedulerExtraClosedDayTests.MOURNING
    })
@ActiveProfiles("local")
@Import(LocalSchedulerExtraClosedDayTests.MourningDayClock.class)
@ExtendWith(PubSubEmulatorSupport.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LocalSchedulerExtraClosedDayTests {
  static final String MOURNING = "National Day of Mourning for President Carter";

  /** Thursday 9 January 2025, 09:30 in New York, when scenario d's allocation-open fires. */
  static final Instant ALLOCATION_OPEN = Instant.parse("2025-01-09T14:30:00Z");

  @Autowired LocalScheduler scheduler;
  @Autowired ExchangeCalendar calendar;
  @Autowired Broker broker;
  @Autowired PubSubTopology topology;
  @Autowired SubscriptionAdminClient subscriptions;
  @Autowired GcpProjectIdProvider projectIds;

  /** The worker's clock on the closed day, moving at the real pace from its 09:30. */
  @TestConfiguration(proxyBeanMethods = false)
  static class MourningDayClock {
    @Bean
    Clock clock() {
      return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), ALLOCATION_OPEN));
    }
  }

  @Test
  void theAllocationJobFiresAndItsRunIsSkippedAsDeployed() {
    assertThat(
            calendar.isTradingDay(ALLOCATION_OPEN.atZone(ExchangeCalendar.NEW_YORK).toLocalDate()))
        .isFalse();
    ScheduledJob allocationOpen = scheduler.jobs().get(0);
    assertThat(allocationOpen.name()).isEqualTo("allocation-open");
    assertThat(allocationOpen.nextFireAfter(ALLOCATION_OPEN.minusSeconds(60)).toInstant())
        .as("the cron fires on the extra closed day, as Cloud Scheduler's does")
        .isEqualTo(ALLOCATION_OPEN);
    OutcomeInbox outcomes =
        new OutcomeInbox(
            subscriptions,
            SubscriptionName.format(
                projectIds.getProjectId(), topology.outcomeReaderSubscription()));

    String messageId = scheduler.fire(allocationOpen);

    String runId = RunKey.ofMessage(Intent.ALLOCATION, messageId).value();
    List<PubsubMessage> got =
        outcomes.awaitOf(runId, Duration.ofSeconds(60), all -> !all.isEmpty());
    Outcome outcome = OutcomeJson.read(got.get(0).getData().toByteArray());
    assertThat(outcome.status().name()).isEqualTo("SKIPPED");
    assertThat(outcome.warnings())
        .containsExactly(
            new Problem("market-closed", "no trading session on 2025-01-09: " + MOURNING));
    assertThat(broker.openOrders()).isEmpty();
    assertThat(broker.positions()).isEmpty();
  }
}
