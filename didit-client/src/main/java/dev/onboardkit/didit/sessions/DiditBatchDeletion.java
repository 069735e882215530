package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The answer to {@code POST /sessions/delete/}: one result per session deleted. Unknown session numbers are skipped
 * without an error.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditBatchDeletion.Builder.class)
public abstract class DiditBatchDeletion {
  DiditBatchDeletion() {}

  /**
   * Returns the per-session results, as plain Java values.
   *
   * @return the results; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<Map<String, Object>> results();

  /**
   * Returns every member this type does not declare, as plain Java values ({@code Map}, {@code List},
   * {@code String}, {@code Number}, {@code Boolean}, null): fields the API adds after this SDK was released.
   *
   * @return the other members; empty when none
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();
}
