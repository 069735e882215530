package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to {@code DELETE /session/{session_id}/delete/}. Didit's sources disagree: one documents 204 with no
 * body, another 200 with the members below; both are accepted, and after a 204 every member is empty.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditSessionDeletion.Builder.class)
public abstract class DiditSessionDeletion implements ApiObject {
  DiditSessionDeletion() {}

  /**
   * Returns the deleted session's identifier.
   *
   * @return the session id; empty after a 204
   */
  public abstract Optional<String> sessionId();

  /**
   * Returns the deleted session's number.
   *
   * @return the number; empty after a 204
   */
  public abstract Optional<Long> sessionNumber();

  /**
   * Returns what happened to the face biometrics.
   *
   * @return the outcome; empty after a 204
   */
  public abstract Optional<String> faceRetentionOutcome();

  /**
   * Returns the retained biometric template, when the face embedding was kept.
   *
   * @return the template id, if sent
   */
  public abstract Optional<String> biometricTemplateUuid();

  /**
   * Returns the answer to a deletion that came back as 204 with no body: every member empty.
   *
   * @return the empty deletion
   */
  public static DiditSessionDeletion empty() {
    return ImmutableDiditSessionDeletion.builder().build();
  }
}
