package dev.onboardkit.didit.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.json.SdkJson;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes members that an API sends as JSON-encoded strings. Internal. */
public final class EncodedJson {
  private static final ObjectReader OBJECT = SdkJson.mapper().readerFor(new TypeReference<Map<String, Object>>() {});

  private EncodedJson() {}

  /**
   * Returns a JSON object given either as its JSON text or already decoded.
   *
   * @param value a string holding a JSON object, a map, or anything else
   * @return the object as plain Java values (unmodifiable); empty for null, text that is not a JSON object, or any
   *     other value
   */
  public static Map<String, Object> object(@Nullable Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> copy.put(String.valueOf(k), v));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof String) {
      try {
        Map<String, Object> decoded = OBJECT.readValue((String) value);
        return decoded == null ? Map.of() : Collections.unmodifiableMap(decoded);
      } catch (IOException | RuntimeException e) {
        return Map.of();
      }
    }
    return Map.of();
  }
}
