package dev.onboardkit.didit.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a {@code Resubmitted} event carries instead of a decision: the steps the user must redo, and why.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditResubmitInfo.Builder.class)
public abstract class DiditResubmitInfo implements ApiObject {
  DiditResubmitInfo() {}

  /**
   * The {@code nodes_to_resubmit} array as sent: node ids, or {@code {node_id, feature}} objects.
   *
   * @return the items
   */
  @JsonProperty("nodes_to_resubmit")
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  abstract List<Object> nodesToResubmitRaw();

  /**
   * Returns why each step must be redone, keyed by node id.
   *
   * @return the reasons; empty when none sent
   */
  @AllowNulls
  public abstract Map<String, Object> reasons();

  /**
   * Returns the node ids of the steps to redo, from bare ids and {@code {node_id, ...}} objects alike.
   *
   * @return the node ids, in order
   */
  public java.util.List<String> nodeIds() {
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (Object item : nodesToResubmitRaw()) {
      Object id = item instanceof Map ? ((Map<?, ?>) item).get("node_id") : item;
      if (id instanceof String) {
        ids.add((String) id);
      }
    }
    return java.util.Collections.unmodifiableList(ids);
  }
}
