package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to {@code POST /session/{session_id}/share/}: the token the partner passes to
 * {@code importShared} to import the session (Reusable KYC).
 *
 * <p>Didit does not publish this response's shape: {@link #shareToken()} is the member the import documents; every
 * other member is kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditSessionShare.Builder.class)
public abstract class DiditSessionShare implements ApiObject {
  DiditSessionShare() {}

  /**
   * Returns the token to hand to the partner, who imports the session with it.
   *
   * @return the token, masked in {@code toString()}, if sent
   */
  public abstract Optional<Secret> shareToken();
}
