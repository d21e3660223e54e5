package dev.ibtrading.ingest;

import dev.ibtrading.outcome.TriggerSource;
import dev.ibtrading.trigger.Delivery;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;

/**
 * What the request headers say about a plain (not enveloped) body: Cloud Scheduler's headers, or
 * the metadata headers of an unwrapped push ({@code --push-no-wrapper-write-metadata}). The wrapped
 * envelope is the supported push format; unwrapped pushes are read only so that their message id,
 * not a body hash, becomes the run key.
 *
 * @param schedulerJob {@code X-CloudScheduler-JobName}, or null
 * @param scheduleTime {@code X-CloudScheduler-ScheduleTime} as sent, or null
 * @param fromScheduler any Cloud Scheduler header is present
 * @param pushMessageId {@code x-goog-pubsub-message-id}, or null
 * @param pushSubscription {@code x-goog-pubsub-subscription-name}, or null
 * @param pushPublishTime {@code x-goog-pubsub-publish-time}, or null
 */
record RequestHeaders(
    String schedulerJob,
    String scheduleTime,
    boolean fromScheduler,
    String pushMessageId,
    String pushSubscription,
    String pushPublishTime) {

  static final String SCHEDULER = "X-CloudScheduler";
  static final String SCHEDULER_JOB = "X-CloudScheduler-JobName";
  static final String SCHEDULE_TIME = "X-CloudScheduler-ScheduleTime";
  static final String PUSH_MESSAGE_ID = "x-goog-pubsub-message-id";
  static final String PUSH_SUBSCRIPTION = "x-goog-pubsub-subscription-name";
  static final String PUSH_PUBLISH_TIME = "x-goog-pubsub-publish-time";

  static RequestHeaders from(HttpServletRequest request) {
    String job = blankToNull(request.getHeader(SCHEDULER_JOB));
    String time = blankToNull(request.getHeader(SCHEDULE_TIME));
    return new RequestHeaders(
        job,
        time,
        job != null || time != null || request.getHeader(SCHEDULER) != null,
        blankToNull(request.getHeader(PUSH_MESSAGE_ID)),
        blankToNull(request.getHeader(PUSH_SUBSCRIPTION)),
        blankToNull(request.getHeader(PUSH_PUBLISH_TIME)));
  }

  /** No headers of interest: a direct call. */
  static RequestHeaders none() {
    return new RequestHeaders(null, null, false, null, null, null);
  }

  /** The delivery of a plain body: unwrapped push, scheduler, or direct. */
  Delivery plainDelivery() {
    if (pushMessageId != null) {
      return new Delivery(
          TriggerSource.PUSH,
          pushMessageId,
          time(pushPublishTime),
          pushSubscription,
          null,
          Map.of(),
          null);
    }
    if (fromScheduler) {
      return new Delivery(
          TriggerSource.SCHEDULER, null, time(scheduleTime), null, null, Map.of(), schedulerJob);
    }
    return Delivery.direct();
  }

  private static Instant time(String value) {
    return value == null ? null : PushEnvelope.parseTime(value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
