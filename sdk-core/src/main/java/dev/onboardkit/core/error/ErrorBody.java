package dev.onboardkit.core.error;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import dev.onboardkit.core.internal.error.ErrorInternals;
import dev.onboardkit.core.internal.log.Redactor;
import dev.onboardkit.core.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An error response body decoded into one vendor-neutral shape, whatever the server sent: the vendor's JSON envelope
 * (read by the client module that knows it), field maps, nested field maps, bare arrays, plain text or HTML from a
 * proxy. Produced by {@link ErrorBodyDecoder}.
 */
public final class ErrorBody {
  static final ErrorBody EMPTY =
      new ErrorBody("", Map.of(), List.of(), null, null, null, false);

  private final String message;
  private final Map<String, List<String>> fieldErrors;
  private final List<String> nonFieldErrors;
  private final String code;
  private final Duration retryAfter;
  private final JsonNode root;
  private volatile Map<String, Object> properties;
  private final boolean json;

  static {
    ErrorInternals.register(new ErrorInternals() {
      @Override
      public ErrorBody errorBody(String message, Map<String, List<String>> fieldErrors, List<String> nonFieldErrors,
          @Nullable String code, @Nullable Duration retryAfter, @Nullable JsonNode root, boolean json) {
        return new ErrorBody(message, fieldErrors, nonFieldErrors, code, retryAfter, root, json);
      }

      @Override
      public ErrorBody empty() {
        return EMPTY;
      }

      @Override
      public ErrorBody scrub(ErrorBody body, Collection<String> secrets) {
        return body.scrub(secrets);
      }

      @Override
      public ApiErrorDetails details(int statusCode, Headers headers, byte @Nullable [] rawBytes,
          @Nullable ErrorClassifier classifier, Redactor redactor, ErrorBody error, int attempts, HttpMethod method,
          String url, @Nullable Duration retryAfter, boolean outcomeUnknown) {
        return new ApiErrorDetails(statusCode, headers, rawBytes, classifier, redactor, error, attempts, method, url,
            retryAfter, outcomeUnknown);
      }
    });
  }

  ErrorBody(
      String message,
      Map<String, List<String>> fieldErrors,
      List<String> nonFieldErrors,
      @Nullable String code,
      @Nullable Duration retryAfter,
      @Nullable JsonNode root,
      boolean json) {
    this.message = message;
    this.fieldErrors = fieldErrors;
    this.nonFieldErrors = nonFieldErrors;
    this.code = code;
    this.retryAfter = retryAfter;
    this.root = root;
    this.json = json;
  }

  /**
   * Returns the best one-line summary of the error, such as {@code "Invalid API key"}.
   *
   * @return the summary; empty when the body said nothing usable
   */
  public String message() {
    return message;
  }

  /**
   * Returns errors tied to request fields, keyed by field path. Nested errors are flattened into paths: an object
   * member adds {@code .name}, and a list item that is itself a list or an object adds its zero-based index in
   * brackets, so {@code {"form_elements": [{"element_type": ["msg"]}]}} gives the key
   * {@code form_elements[0].element_type} and {@code {"features": [["msg"]]}} gives {@code features[0]}. A list of
   * plain messages stays under its field ({@code {"email": ["a", "b"]}} gives {@code email} with both). A list of
   * required field names, where the API sends one, becomes one {@code "is required"} entry per field.
   *
   * @return the field errors, in the order received; empty when none
   */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  /**
   * Returns errors not tied to a field: a bare JSON array body, {@code non_field_errors}, or a list-valued detail.
   *
   * @return the messages; empty when none
   */
  public List<String> nonFieldErrors() {
    return nonFieldErrors;
  }

  /**
   * Returns a machine-readable code if the body carried one, such as a {@code code} member.
   *
   * @return the code
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns the wait the body asked for, where the API puts one there: a numeric {@code wait} member (seconds), or
   * the seconds named in a throttling message.
   *
   * @return the requested wait
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Returns the top-level members of a JSON object body as plain Java values ({@code Map}, {@code List},
   * {@code String}, {@code Number}, {@code Boolean}, null), for vendor-specific extras such as {@code required},
   * {@code allowed} or {@code details}.
   *
   * @return the members; empty when the body was not a JSON object
   */
  public Map<String, Object> properties() {
    Map<String, Object> p = properties;
    if (p == null) {
      p = ErrorBodyDecoder.toPlainMap(root);
      properties = p;
    }
    return p;
  }

  /**
   * Returns a top-level member that is a list, as strings.
   *
   * @param name the member name, such as {@code "allowed"}
   * @return the values; empty when the member is absent or not a list
   */
  public List<String> stringList(String name) {
    Object value = properties().get(name);
    if (!(value instanceof List)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) value) {
      if (o != null) {
        out.add(String.valueOf(o));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns whether the body was valid JSON.
   *
   * @return true for JSON bodies
   */
  public boolean isJson() {
    return json;
  }

  /** Returns a copy with the given secret values masked in every message (servers sometimes echo inputs). */
  ErrorBody scrub(Collection<String> secrets) {
    if (secrets.isEmpty() || !mentionsAny(secrets)) {
      return this;
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fieldErrors.forEach((k, v) -> fields.put(k, scrubAll(v, secrets)));
    return new ErrorBody(Redactor.scrub(message, secrets), Collections.unmodifiableMap(fields),
        scrubAll(nonFieldErrors, secrets), code, retryAfter, root, json);
  }

  private boolean mentionsAny(Collection<String> secrets) {
    for (String secret : secrets) {
      if (message.contains(secret)) {
        return true;
      }
      for (String s : nonFieldErrors) {
        if (s.contains(secret)) {
          return true;
        }
      }
      for (List<String> messages : fieldErrors.values()) {
        for (String s : messages) {
          if (s.contains(secret)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<String> scrubAll(List<String> values, Collection<String> secrets) {
    List<String> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(Redactor.scrub(v, secrets)));
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("message", message);
    if (!fieldErrors.isEmpty()) {
      shown.put("fieldErrors", fieldErrors);
    }
    if (!nonFieldErrors.isEmpty()) {
      shown.put("nonFieldErrors", nonFieldErrors);
    }
    if (code != null) {
      shown.put("code", code);
    }
    if (retryAfter != null) {
      shown.put("retryAfter", retryAfter);
    }
    return "ErrorBody" + shown;
  }
}
