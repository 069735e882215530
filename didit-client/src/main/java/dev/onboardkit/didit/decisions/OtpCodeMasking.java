package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.databind.util.StdConverter;
import dev.onboardkit.core.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wraps the one-time code Didit echoes in a verification event's details ({@code code_tried}) in a {@link Secret}
 * while decoding, so that {@code toString()}, logs of the object and an application's own Jackson mapper show the
 * mask. Instantiated by Jackson.
 */
final class OtpCodeMasking extends StdConverter<Map<String, Object>, Map<String, Object>> {
  static final String CODE_TRIED = "code_tried";

  OtpCodeMasking() {}

  @Override
  public Map<String, Object> convert(Map<String, Object> details) {
    Object code = details.get(CODE_TRIED);
    if (!(code instanceof String) || ((String) code).isEmpty()) {
      return details;
    }
    Map<String, Object> masked = new LinkedHashMap<>(details);
    masked.put(CODE_TRIED, Secret.of((String) code));
    return Collections.unmodifiableMap(masked);
  }
}
