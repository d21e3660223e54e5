package dev.ibtrading.pubsub;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The worker's Pub/Sub topology and outcome publishing, bound from {@code pubsub.*}. The connection
 * itself (project, emulator, credentials) is Spring Cloud GCP's: {@code
 * spring.cloud.gcp.project-id} (or {@code GOOGLE_CLOUD_PROJECT}) and {@code
 * spring.cloud.gcp.pubsub.emulator-host} (or {@code PUBSUB_EMULATOR_HOST}).
 *
 * @param topicPrefix put before every topic and subscription name ({@link PubSubTopology})
 * @param push the push subscriptions' settings
 * @param publishTimeout how long publishing an outcome waits for Pub/Sub's confirmation before the
 *     trigger is answered with 503
 * @param provisionOnStartup create missing topics and subscriptions (and correct drifted ones) once
 *     the web server is up; the {@code local} profile turns it on, a real project uses {@code
 *     pubsub/setup.sh}
 * @param emulatorPort where the {@code local} profile starts the emulator when {@code
 *     PUBSUB_EMULATOR_HOST} is not set: this port if free (the profile sets 8085, gcloud's usual
 *     one), else any free port; 0 for any
 */
@ConfigurationProperties("pubsub")
@Validated
public record PubSubProperties(
    @DefaultValue(PubSubTopology.DEFAULT_PREFIX)
        @NotNull
        @Pattern(
            regexp = "([A-Za-z][A-Za-z0-9._~+%-]*)?",
            message = "must start with a letter and hold only letters, digits and - . _ ~ + %")
        String topicPrefix,
    @DefaultValue @Valid @NotNull Push push,
    @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration publishTimeout,
    boolean provisionOnStartup,
    @DefaultValue("0") @Min(0) @Max(65535) int emulatorPort) {

  public PubSubTopology topology() {
    return new PubSubTopology(topicPrefix);
  }

  /**
   * The push subscriptions' settings, bound from {@code pubsub.push.*}.
   *
   * @param baseUrl the worker's URL the subscriptions push to (e.g. the Cloud Run service URL);
   *     unset means {@code http://127.0.0.1:<server port>}, for the local profile
   * @param serviceAccount the service account whose OIDC token authenticates each push; unset means
   *     unauthenticated pushes (the emulator sends no token anyway)
   * @param audience the token's audience; unset means the push endpoint URL
   * @param ackDeadline how long a push may take before Pub/Sub redelivers it (10 s to 600 s); a run
   *     must end well before it
   * @param minBackoff first delay before redelivering a failed push
   * @param maxBackoff cap of the growing delay between redeliveries
   * @param maxDeliveryAttempts deliveries (5 to 100) before a message goes to the dead-letter topic
   */
  public record Push(
      String baseUrl,
      String serviceAccount,
      String audience,
      @DefaultValue("600s") @NotNull @DurationMin(seconds = 10) @DurationMax(seconds = 600)
          Duration ackDeadline,
      @DefaultValue("10s") @NotNull @DurationMin(seconds = 0) @DurationMax(seconds = 600)
          Duration minBackoff,
      @DefaultValue("600s") @NotNull @DurationMin(seconds = 0) @DurationMax(seconds = 600)
          Duration maxBackoff,
      @DefaultValue("5") @Min(5) @Max(100) int maxDeliveryAttempts) {

    /** Validation hook: the backoff must not start above its cap. */
    @AssertTrue(message = "pubsub.push.min-backoff must not exceed pubsub.push.max-backoff")
    public boolean isBackoffOrdered() {
      return minBackoff == null || maxBackoff == null || minBackoff.compareTo(maxBackoff) <= 0;
    }
  }
}
