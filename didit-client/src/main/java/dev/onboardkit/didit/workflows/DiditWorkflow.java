package dev.onboardkit.didit.workflows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A verification workflow, from {@code /workflows/}. Pass {@link #id()} as a session's {@code workflow_id}.
 *
 * <p>A created workflow carries two ids: {@code workflow_id}, the stable id sessions take, and {@code uuid}, the id of
 * the published version. {@link #id()} picks the first the server sent.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditWorkflow.Builder.class)
public abstract class DiditWorkflow implements ApiObject {
  DiditWorkflow() {}

  /**
   * Returns the stable workflow id that sessions take.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> workflowId();

  /**
   * Returns the id of this version of the workflow.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> uuid();

  /**
   * Returns the display name.
   *
   * @return the label, if sent
   */
  public abstract Optional<String> workflowLabel();

  /**
   * Returns {@code draft} or {@code published}.
   *
   * @return the status, if sent
   */
  public abstract Optional<String> status();

  /**
   * Returns whether new sessions without a workflow use this one.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> isDefault();

  /**
   * The {@code features} array as sent: feature names or {@code {feature, config}} objects.
   *
   * @return the items
   */
  @JsonProperty("features")
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  abstract List<Object> featuresRaw();

  /**
   * Returns the id to pass as a session's {@code workflow_id}: {@link #workflowId()}, or {@link #uuid()} when the
   * server sent only that.
   *
   * @return the id
   */
  public String id() {
    return workflowId().or(this::uuid).orElseThrow();
  }

  /**
   * Returns the workflow's features in order, from names or {@code {feature, ...}} objects alike.
   *
   * @return the features; a name this SDK does not know is {@link DiditWorkflowFeature#UNKNOWN}
   */
  public java.util.List<DiditWorkflowFeature> features() {
    java.util.List<DiditWorkflowFeature> out = new java.util.ArrayList<>();
    for (Object item : featuresRaw()) {
      Object name = item instanceof Map ? ((Map<?, ?>) item).get("feature") : item;
      out.add(DiditWorkflowFeature.fromWire(name instanceof String ? (String) name : null));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  @Value.Check
  void check() {
    if (workflowId().isEmpty() && uuid().isEmpty()) {
      throw new IllegalStateException("required attributes are not set [workflow_id or uuid]");
    }
  }
}
