package dev.onboardkit.didit.businesses;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import org.immutables.value.Value;

/**
 * The answer to {@code POST /businesses/delete/}.
 *
 * <p>Didit does not publish this response's shape, so every member is in {@link #additionalProperties()}; a 204
 * without a body gives an empty one.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditBusinessDeletion.Builder.class)
public abstract class DiditBusinessDeletion implements ApiObject {
  DiditBusinessDeletion() {}

  /**
   * Returns the answer to a deletion that came back with no body.
   *
   * @return the empty answer
   */
  public static DiditBusinessDeletion empty() {
    return ImmutableDiditBusinessDeletion.builder().build();
  }
}
