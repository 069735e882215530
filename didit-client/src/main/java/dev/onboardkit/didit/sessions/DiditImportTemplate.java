package dev.onboardkit.didit.sessions;

import dev.onboardkit.core.internal.Problems;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canonical bulk-import template, from {@code GET /session/imports/template/}: the column headers and format that
 * {@code imports().create} files follow.
 *
 * <p>Didit does not publish whether the template comes as a file (CSV text) or as JSON, so both are kept: the body as
 * text, its media type, and the members of a JSON object body.
 */
public final class DiditImportTemplate {
  private final String contentType;
  private final String text;
  private final Map<String, Object> properties;

  private DiditImportTemplate(String contentType, String text, Map<String, Object> properties) {
    this.contentType = contentType;
    this.text = text;
    this.properties = properties;
  }

  /**
   * Creates a template, for example in a test double of the import service.
   *
   * @param contentType the media type, such as {@code text/csv}
   * @param text the body as text
   * @param properties the members of a JSON object body, empty otherwise
   * @return the template
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null
   */
  public static DiditImportTemplate of(String contentType, String text, Map<String, Object> properties) {
    Problems problems = new Problems();
    problems.requireNonNull("contentType", contentType);
    problems.requireNonNull("text", text);
    problems.requireNonNull("properties", properties);
    problems.throwIfAny();
    return new DiditImportTemplate(contentType, text,
        Collections.unmodifiableMap(new LinkedHashMap<>(properties)));
  }

  /**
   * Returns the media type the server sent, such as {@code text/csv} or {@code application/json}.
   *
   * @return the content type, without parameters
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Returns the body as text (UTF-8): the CSV header and example rows, or the JSON document.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the members of a JSON object body, as plain Java values.
   *
   * @return the members; empty when the body was not a JSON object
   */
  public Map<String, Object> properties() {
    return properties;
  }

  @Override
  public String toString() {
    return "DiditImportTemplate{" + contentType + ", " + text.length() + " characters}";
  }
}
