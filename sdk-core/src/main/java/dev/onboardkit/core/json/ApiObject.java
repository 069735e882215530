package dev.onboardkit.core.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import dev.onboardkit.core.internal.AllowNulls;
import java.util.Map;

/**
 * A model decoded from a JSON object in an API response. Every response type of the SDK implements it, so a member the
 * API sends that the model does not declare (one added after this SDK was released, or one the vendor's reference
 * leaves out) is kept instead of dropped.
 */
public interface ApiObject {
  /**
   * Returns the members of the JSON object that this model does not declare, in the order received, as plain Java
   * values: {@code String}, {@code Number} ({@code Integer}, {@code Long}, {@code BigInteger} or {@code Double}),
   * {@code Boolean}, {@code List}, {@code Map} or null for JSON null. Members the model declares are not repeated
   * here; read them through their accessors.
   *
   * <p>The SDK cannot know whether an undeclared member is secret, so these values appear as received in
   * {@code toString()} and under any Jackson mapper (where they are written back as top-level members).
   *
   * @return the undeclared members; empty when none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> additionalProperties();
}
