package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
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
public abstract class DiditBatchDeletion implements ApiObject {
  DiditBatchDeletion() {}

  /**
   * Returns the per-session results, as plain Java values.
   *
   * @return the results; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<Map<String, Object>> results();

}
