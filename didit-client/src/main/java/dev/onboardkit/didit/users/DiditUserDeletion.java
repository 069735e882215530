package dev.onboardkit.didit.users;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import org.immutables.value.Value;

/**
 * The answer to {@code POST /users/delete/}.
 *
 * <p>Didit does not publish this response's shape, so every member is in {@link #additionalProperties()}; a 204
 * without a body gives an empty one.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditUserDeletion.Builder.class)
public abstract class DiditUserDeletion implements ApiObject {
  DiditUserDeletion() {}

  /**
   * Returns the answer to a deletion that came back with no body.
   *
   * @return the empty answer
   */
  public static DiditUserDeletion empty() {
    return ImmutableDiditUserDeletion.builder().build();
  }
}
