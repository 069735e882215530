package dev.onboardkit.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.Nullable;

/** Turns caller-supplied values (such as extra body properties) into JSON with the SDK's settings. */
public final class JsonValues {
  private JsonValues() {}

  /**
   * Returns whether a value can be written as JSON with the SDK's settings.
   *
   * @param value the value, or null
   * @return true if {@link #toTree} will succeed
   */
  public static boolean writable(@Nullable Object value) {
    try {
      toTree(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Writes a value as a JSON tree with the SDK's settings (a {@link dev.onboardkit.core.Secret} as its value).
   *
   * @param value the value, or null for JSON null
   * @return the tree
   * @throws IllegalArgumentException if the value cannot be written as JSON
   */
  public static JsonNode toTree(@Nullable Object value) {
    JsonNode tree = SdkJson.mapper().valueToTree(value);
    return tree == null ? SdkJson.mapper().nullNode() : tree;
  }
}
