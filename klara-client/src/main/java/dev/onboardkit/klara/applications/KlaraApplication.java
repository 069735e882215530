package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application with its status, collected data and documents, from {@code GET /applications/{id}}.
 *
 * <p>Klara's reference says this response includes the application's documents with presigned download URLs, but
 * the page is cut off before it says where. The SDK reads them where the list endpoint puts them, a top-level
 * {@code documents} array ({@link #documents()}), and also inside {@code data} ({@link KlaraApplicationData#documents()}),
 * with the same {@link KlaraApplicationDocument} type as the list. Any other top-level member is kept in
 * {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraApplication.Builder.class)
public abstract class KlaraApplication implements ApiObject {
  KlaraApplication() {}

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
   * @return the raw status, such as {@code in_progress}
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
   * Returns the data collected so far.
   *
   * @return the data; empty when the server sent none
   */
  @Value.Default
  public KlaraApplicationData data() {
    return ImmutableKlaraApplicationData.builder().build();
  }

  /**
   * Returns the application's documents sent at the top level of the response, as the list endpoint sends them. Their
   * download URLs are presigned and short-lived, and masked in {@code toString()}.
   *
   * @return the documents; empty when none were sent at the top level (see also
   *     {@link KlaraApplicationData#documents()})
   */
  public abstract List<KlaraApplicationDocument> documents();

  /**
   * Returns the participants.
   *
   * @return the participants; empty when none were sent
   */
  public abstract List<KlaraParticipant> participants();

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

  /**
   * Returns when the application was completed (approved or rejected).
   *
   * @return the completion time; empty until completed
   */
  public abstract Optional<Instant> completedAt();
}
