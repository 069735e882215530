package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow step the user must redo, in {@code nodes_to_resubmit} of a status update to
 * {@link DiditSessionStatus#RESUBMITTED}. Take the {@code node_id} from the decision's check items.
 *
 * <p>Didit's sources document two shapes and both are sent as documented: {@link #of(String, String)} sends
 * {@code {"node_id": ..., "feature": ...}} (the API reference), {@link #of(String)} sends the bare node id (the form of
 * Didit's MCP server).
 */
public final class DiditNodeToResubmit {
  private final String nodeId;
  private final @Nullable String feature;

  private DiditNodeToResubmit(String nodeId, @Nullable String feature) {
    this.nodeId = nodeId;
    this.feature = feature;
  }

  /**
   * Names a step by its node id alone; sent as a bare string.
   *
   * @param nodeId the step's {@code node_id}
   * @return the step
   * @throws dev.onboardkit.core.error.InvalidRequestException if {@code nodeId} is null or blank
   */
  public static DiditNodeToResubmit of(@Nullable String nodeId) {
    return create(nodeId, null, false);
  }

  /**
   * Names a step by its node id and feature; sent as {@code {"node_id", "feature"}}.
   *
   * @param nodeId the step's {@code node_id}
   * @param feature the step's feature, such as {@code OCR}
   * @return the step
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null or blank
   */
  public static DiditNodeToResubmit of(@Nullable String nodeId, @Nullable String feature) {
    return create(nodeId, feature, true);
  }

  private static DiditNodeToResubmit create(@Nullable String nodeId, @Nullable String feature, boolean withFeature) {
    Problems problems = new Problems();
    problems.requireText("nodeId", nodeId, 256);
    if (withFeature) {
      problems.requireText("feature", feature, 256);
    }
    problems.throwIfAny();
    return new DiditNodeToResubmit(nodeId, feature);
  }

  /**
   * Returns the step's node id.
   *
   * @return the node id
   */
  public String nodeId() {
    return nodeId;
  }

  /**
   * Returns the step's feature.
   *
   * @return the feature; empty for a step named by its node id alone
   */
  public Optional<String> feature() {
    return Optional.ofNullable(feature);
  }

  /**
   * Returns what is sent: the node id, or a map of {@code node_id} and {@code feature}.
   *
   * @return the JSON value
   */
  @JsonValue
  public Object toJson() {
    if (feature == null) {
      return nodeId;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("node_id", nodeId);
    json.put("feature", feature);
    return json;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditNodeToResubmit && nodeId.equals(((DiditNodeToResubmit) o).nodeId)
        && Objects.equals(feature, ((DiditNodeToResubmit) o).feature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodeId, feature);
  }

  @Override
  public String toString() {
    return "DiditNodeToResubmit{" + nodeId + (feature == null ? "" : ", " + feature) + "}";
  }
}
