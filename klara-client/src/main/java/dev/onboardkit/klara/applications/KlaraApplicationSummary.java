package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One application as listed by {@code GET /applications}. */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraApplicationSummary.Builder.class)
public abstract class KlaraApplicationSummary implements ApiObject {
  KlaraApplicationSummary() {}

  /**
   * Returns the application id (a UUID).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the id of the config the application was created with.
   *
   * @return the config id
   */
  public abstract Optional<String> configId();

  /**
   * Returns the status as sent by the API.
   *
   * @return the raw status
   */
  @JsonProperty("status")
  public abstract String statusRaw();

  /**
   * Returns the status.
   *
   * @return the status; {@link KlaraApplicationStatus#UNKNOWN} for a value not known to this SDK
   */
  public KlaraApplicationStatus status() {
    return KlaraApplicationStatus.fromWire(statusRaw());
  }

  /**
   * Returns the company name.
   *
   * @return the company name
   */
  public abstract Optional<String> companyName();

  /**
   * Returns the primary contact.
   *
   * @return the contact
   */
  public abstract Optional<KlaraApplicationContact> primaryContact();

  /**
   * Returns the accepted documents.
   *
   * @return the documents; empty when none
   */
  public abstract List<KlaraApplicationDocument> documents();

  /**
   * Returns when the application was created.
   *
   * @return the creation time
   */
  public abstract Instant createdAt();

  /**
   * Returns when the application was submitted.
   *
   * @return the submission time; empty until submitted
   */
  public abstract Optional<Instant> submittedAt();
}
