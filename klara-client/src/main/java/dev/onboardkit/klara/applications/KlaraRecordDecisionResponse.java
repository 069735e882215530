package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of recording a decision. The API deduplicates: recording the same decision type again succeeds with
 * {@link #alreadyRecorded()} true ({@code 200 OK}) instead of creating a second record ({@code 201 Created}).
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraRecordDecisionResponse.Builder.class)
public abstract class KlaraRecordDecisionResponse implements ApiObject {
  KlaraRecordDecisionResponse() {}

  /**
   * Returns the server's {@code success} flag.
   *
   * @return true unless the server said otherwise
   */
  @Value.Default
  public boolean success() {
    return true;
  }

  /**
   * Returns whether this decision had already been recorded, so nothing new was stored ({@code 200} with
   * {@code already_recorded: true}).
   *
   * @return true for a duplicate, false when the decision was recorded now ({@code 201})
   */
  @Value.Default
  public boolean alreadyRecorded() {
    return false;
  }

  /**
   * Returns the recorded decision type as sent by the API (present for a new decision).
   *
   * @return the raw type, such as {@code approved}
   */
  @JsonProperty("decision_type")
  public abstract Optional<String> decisionTypeRaw();

  /**
   * Returns the recorded decision type (present for a new decision).
   *
   * @return the type; {@link KlaraDecisionType#UNKNOWN} inside the optional for a value not known to this SDK
   */
  public Optional<KlaraDecisionType> decisionType() {
    return decisionTypeRaw().map(KlaraDecisionType::fromWire);
  }

  /**
   * Returns the application id (present for a new decision).
   *
   * @return the application id
   */
  public abstract Optional<String> applicationId();

  /**
   * Returns the server's message (present for a duplicate).
   *
   * @return the message
   */
  public abstract Optional<String> message();
}
