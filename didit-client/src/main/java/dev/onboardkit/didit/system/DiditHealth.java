package dev.onboardkit.didit.system;

import java.util.Map;
import java.util.Optional;

/**
 * The answer to {@code GET /system/healthcheck}: any successful status means the API is up. The body's shape is not
 * documented; it is kept as text and, when it is a JSON object, as its members.
 */
public final class DiditHealth {
  private final String body;
  private final Map<String, Object> properties;

  private DiditHealth(String body, Map<String, Object> properties) {
    this.body = body;
    this.properties = properties;
  }

  /**
   * Creates the answer, for example in a test double of the system service.
   *
   * @param body the body as text
   * @param properties the members of a JSON object body, empty otherwise
   * @return the answer
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null
   */
  public static DiditHealth of(String body, Map<String, Object> properties) {
    dev.onboardkit.core.internal.Problems problems = new dev.onboardkit.core.internal.Problems();
    problems.requireNonNull("body", body);
    problems.requireNonNull("properties", properties);
    problems.throwIfAny();
    return new DiditHealth(body, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties)));
  }

  /**
   * Returns the body as sent.
   *
   * @return the text; empty when there was none
   */
  public String body() {
    return body;
  }

  /**
   * Returns the members of a JSON object body, as plain Java values.
   *
   * @return the members; empty when the body was not a JSON object
   */
  public Map<String, Object> properties() {
    return properties;
  }

  /**
   * Returns the body's {@code status} member, where it has one.
   *
   * @return the status text, if any
   */
  public Optional<String> status() {
    Object status = properties.get("status");
    return status == null ? Optional.empty() : Optional.of(String.valueOf(status));
  }

  @Override
  public String toString() {
    return "DiditHealth" + properties;
  }
}
