package dev.ibtrading.ingest;

import dev.ibtrading.ingest.auth.AuthMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The push edge: authentication and request limits, bound from {@code ingest.*} (environment
 * variables bind too: {@code INGEST_AUTH=verify}, {@code INGEST_ALLOWEDPUSHACCOUNTS=a@b,c@d}).
 *
 * @param auth {@code cloud-run} (default), {@code verify} or {@code none}, see {@link AuthMode}
 * @param allowedPushAccounts the service accounts whose tokens may trigger runs (the push
 *     subscriptions' and scheduler jobs' OIDC accounts); required unless {@code auth=none};
 *     compared ignoring case
 * @param maxBodyBytes largest request body; a larger one is answered 413 unread (default 64KB;
 *     {@code 65536} or {@code 64KB})
 * @param verify settings of {@code auth=verify}
 */
@ConfigurationProperties("ingest")
@Validated
public record IngestProperties(
    @DefaultValue("cloud-run") @NotNull AuthMode auth,
    @DefaultValue @NotNull List<@NotBlank String> allowedPushAccounts,
    @DefaultValue("64KB") @NotNull DataSize maxBodyBytes,
    @DefaultValue @Valid @NotNull Verify verify) {

  /** Upper bound of {@code ingest.max-body-bytes}: triggers are small JSON documents. */
  static final DataSize MAX_BODY_LIMIT = DataSize.ofMegabytes(16);

  /**
   * Full ID-token verification, bound from {@code ingest.verify.*}; used with {@code auth=verify}.
   *
   * @param audience the token audience the push subscription sets (default there: the push endpoint
   *     URL); required with {@code auth=verify}, since a token for another audience must not be
   *     replayable here
   * @param jwksUrl where the signing keys are fetched (JWKS or kid-to-PEM map), cached for an hour
   * @param issuers accepted {@code iss} claims
   * @param clockSkew tolerated clock difference when checking {@code exp} and {@code iat}
   */
  public record Verify(
      String audience,
      @DefaultValue("https://www.googleapis.com/oauth2/v3/certs") @NotNull URI jwksUrl,
      @DefaultValue("https://accounts.google.com") @NotEmpty List<@NotBlank String> issuers,
      @DefaultValue("60s") @NotNull @DurationMin(seconds = 0) @DurationMax(minutes = 10)
          Duration clockSkew) {}

  /** Validation hook: an empty allow-list would refuse every push, so it is a startup error. */
  @AssertTrue(
      message =
          "ingest.allowed-push-accounts must name the push service account(s) with"
              + " ingest.auth=cloud-run or verify (actual: empty)")
  public boolean isAllowListGiven() {
    return auth == AuthMode.NONE || (allowedPushAccounts != null && !allowedPushAccounts.isEmpty());
  }

  /** Validation hook: verification without an audience check would accept replayed tokens. */
  @AssertTrue(message = "ingest.verify.audience is required with ingest.auth=verify")
  public boolean isAudienceGiven() {
    return auth != AuthMode.VERIFY
        || (verify != null && verify.audience() != null && !verify.audience().isBlank());
  }

  /** Validation hook: the body limit is positive and at most 16MB. */
  @AssertTrue(message = "ingest.max-body-bytes must be between 1B and 16MB")
  public boolean isBodyLimitSane() {
    return maxBodyBytes == null
        || (maxBodyBytes.toBytes() > 0 && maxBodyBytes.compareTo(MAX_BODY_LIMIT) <= 0);
  }
}
