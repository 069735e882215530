package dev.onboardkit.didit.workflows;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a workflow, an item of {@code features[]}: {@code {"feature", "config", "label"}}, sent as is.
 *
 * <pre>{@code
 * DiditWorkflowNode.of(DiditWorkflowFeature.LIVENESS, Map.of("face_liveness_method", "PASSIVE"))
 * }</pre>
 */
public final class DiditWorkflowNode {
  private final String feature;
  private final Map<String, Object> config;
  private final @Nullable String label;

  private DiditWorkflowNode(String feature, Map<String, Object> config, @Nullable String label) {
    this.feature = feature;
    this.config = config;
    this.label = label;
  }

  /**
   * Returns a step with the feature's default settings.
   *
   * @param feature the feature; not {@link DiditWorkflowFeature#UNKNOWN}
   * @return the step
   * @throws dev.onboardkit.core.error.InvalidRequestException if {@code feature} is null or UNKNOWN
   */
  public static DiditWorkflowNode of(@Nullable DiditWorkflowFeature feature) {
    return of(feature, Map.of());
  }

  /**
   * Returns a step with feature-specific settings, such as {@code face_liveness_method},
   * {@code questionnaire_uuid} or {@code documents_allowed}.
   *
   * @param feature the feature; not {@link DiditWorkflowFeature#UNKNOWN}
   * @param config the settings, sent as the {@code config} object (left out when empty)
   * @return the step
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null or the feature is UNKNOWN
   */
  public static DiditWorkflowNode of(@Nullable DiditWorkflowFeature feature, @Nullable Map<String, ?> config) {
    Problems problems = new Problems();
    if (problems.requireNonNull("feature", feature) && feature == DiditWorkflowFeature.UNKNOWN) {
      problems.add("feature", "must be a known feature, not UNKNOWN; use ofRaw for a feature this SDK does not know");
    }
    problems.requireNonNull("config", config);
    problems.throwIfAny();
    return create(feature.wireValue(), config, null);
  }

  /**
   * Returns a step for a feature given by its wire value, including one this SDK does not know yet.
   *
   * @param feature the feature's wire value, such as {@code "OCR"}
   * @param config the settings, sent as the {@code config} object (left out when empty)
   * @return the step
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null or the feature is blank
   */
  public static DiditWorkflowNode ofRaw(@Nullable String feature, @Nullable Map<String, ?> config) {
    Problems problems = new Problems();
    problems.requireText("feature", feature, 128);
    problems.requireNonNull("config", config);
    problems.throwIfAny();
    return create(feature.strip(), config, null);
  }

  private static DiditWorkflowNode create(String feature, Map<String, ?> config, @Nullable String label) {
    Map<String, Object> copy = new LinkedHashMap<>(config);
    if (copy.containsKey(null)) {
      Problems problems = new Problems();
      problems.add("config", "must not have a null key");
      problems.throwIfAny();
    }
    return new DiditWorkflowNode(feature, Collections.unmodifiableMap(copy), label);
  }

  /**
   * Returns this step with an internal label for the node.
   *
   * @param label the label
   * @return a copy with the label
   * @throws dev.onboardkit.core.error.InvalidRequestException if {@code label} is null or blank
   */
  public DiditWorkflowNode withLabel(@Nullable String label) {
    Problems problems = new Problems();
    problems.requireText("label", label, 256);
    problems.throwIfAny();
    return new DiditWorkflowNode(feature, config, label);
  }

  /**
   * Returns the feature.
   *
   * @return the feature; {@link DiditWorkflowFeature#UNKNOWN} for one given with {@link #ofRaw}
   */
  public DiditWorkflowFeature feature() {
    return DiditWorkflowFeature.fromWire(feature);
  }

  /**
   * Returns the feature's wire value.
   *
   * @return the value, such as {@code "OCR"}
   */
  public String featureRaw() {
    return feature;
  }

  /**
   * Returns the feature-specific settings.
   *
   * @return the settings; empty when none
   */
  public Map<String, Object> config() {
    return config;
  }

  /**
   * Returns the node's internal label.
   *
   * @return the label, if set
   */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /**
   * Returns what is sent: {@code feature}, then {@code config} and {@code label} when set.
   *
   * @return the JSON object
   */
  @JsonValue
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("feature", feature);
    if (!config.isEmpty()) {
      json.put("config", config);
    }
    if (label != null) {
      json.put("label", label);
    }
    return json;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DiditWorkflowNode)) {
      return false;
    }
    DiditWorkflowNode other = (DiditWorkflowNode) o;
    return feature.equals(other.feature) && config.equals(other.config) && Objects.equals(label, other.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(feature, config, label);
  }

  @Override
  public String toString() {
    return "DiditWorkflowNode" + toJson();
  }
}
