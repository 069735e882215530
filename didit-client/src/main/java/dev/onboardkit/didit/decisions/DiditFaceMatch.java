package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One face match of a decision ({@code face_matches[]}): the selfie compared with the document portrait or a
 * stored portrait.
 *
 * <p>Typed here: the members Didit documents for this item; the rest arrive in
 * {@link #additionalProperties()}. See {@link DiditCheck} about media URLs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditFaceMatch.Builder.class)
public abstract class DiditFaceMatch implements DiditCheck {
  DiditFaceMatch() {}

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
   * Returns the similarity score, 0 to 100.
   *
   * @return the score, if sent
   */
  public abstract Optional<Double> score();

  /**
   * Returns the session whose stored portrait was the reference; empty when the reference came from a
   * document.
   *
   * @return the session id, if sent
   */
  public abstract Optional<String> sourceImageSessionId();

  /**
   * Returns the reference image: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> sourceImage();

  /**
   * Returns the compared image: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> targetImage();

}
