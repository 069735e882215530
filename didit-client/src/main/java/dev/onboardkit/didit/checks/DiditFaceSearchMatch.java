package dev.onboardkit.didit.checks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.didit.decisions.DiditCheckStatus;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One face a face search found: the session it came from, how similar it is, and whether it is blocklisted.
 *
 * <p>Partly undocumented: the members this type does not name arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditFaceSearchMatch.Builder.class)
public abstract class DiditFaceSearchMatch implements ApiObject {
  DiditFaceSearchMatch() {}

  /**
   * Returns the session the matching face came from.
   *
   * @return the session id, if sent
   */
  public abstract Optional<String> sessionId();

  /**
   * Returns that session's number.
   *
   * @return the number, if sent
   */
  public abstract Optional<Long> sessionNumber();

  /**
   * Returns the similarity, 0 to 100, as {@code similarity_percentage} (older answers: {@code similarity}).
   *
   * @return the similarity, if sent
   */
  public abstract Optional<Double> similarityPercentage();

  /**
   * Returns the similarity as older answers name it ({@code similarity}); see {@link #similarity()}.
   *
   * @return the similarity, if sent under that name
   */
  @JsonProperty("similarity")
  abstract Optional<Double> similarityLegacy();

  /**
   * Returns the similarity, 0 to 100, whichever name the server used.
   *
   * @return the similarity, if sent
   */
  public Optional<Double> similarity() {
    return similarityPercentage().or(this::similarityLegacy);
  }

  /**
   * Returns your identifier for the user of that session.
   *
   * @return the vendor data, if set
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns when that session was verified, as sent (ISO 8601).
   *
   * @return the date, if sent
   */
  public abstract Optional<String> verificationDate();

  /**
   * Returns the matched user's name, document type and partly masked document number, as sent.
   *
   * @return the details; empty when not sent
   */
  @AllowNulls
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract Map<String, Object> userDetails();

  /**
   * Returns the matched face image: a short-lived presigned URL; masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> matchImageUrl();

  /**
   * Returns the matched session's status as sent, such as {@code "Approved"}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the matched session's status.
   *
   * @return the status; {@link DiditCheckStatus#UNKNOWN} when absent or not known to this SDK
   */
  public DiditCheckStatus status() {
    return DiditCheckStatus.fromWire(statusRaw().orElse(null));
  }

  /**
   * Returns whether the matched face is on a blocklist.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> isBlocklisted();
}
