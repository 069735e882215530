package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One liveness check of a decision ({@code liveness_checks[]}): whether a live person was in front of the camera.
 *
 * <p>Typed here: the members Didit documents for this item; the rest arrive in
 * {@link #additionalProperties()}. See {@link DiditCheck} about media URLs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditLivenessCheck.Builder.class)
public abstract class DiditLivenessCheck implements DiditCheck {
  DiditLivenessCheck() {}

  /**
   * Returns the check's status as sent, such as {@code "In Review"}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the workflow node that produced this item.
   *
   * @return the node id; empty for legacy single-feature sessions
   */
  public abstract Optional<String> nodeId();

  /**
   * Returns the risk signals raised for this check.
   *
   * @return the warnings; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<DiditWarning> warnings();

  /**
   * Returns the liveness method used, such as {@code PASSIVE}.
   *
   * @return the method, if sent
   */
  public abstract Optional<String> method();

  /**
   * Returns the liveness confidence score, 0 to 100.
   *
   * @return the score, if sent
   */
  public abstract Optional<Double> score();

  /**
   * Returns the reference selfie: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> referenceImage();

  /**
   * Returns the capture video: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> videoUrl();

  /**
   * Returns the age estimated from the face.
   *
   * @return the estimate, if sent
   */
  public abstract Optional<Double> ageEstimation();

  /**
   * Returns the faces of other sessions and blocklists this face matched.
   *
   * @return the matches; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<Map<String, Object>> matches();

}
