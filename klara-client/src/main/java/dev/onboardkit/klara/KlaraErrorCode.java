package dev.onboardkit.klara;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Klara error response means, from its {@code error} (and {@code message}) text. Read it from
 * {@link ApiException#errorCode()}; the exception's class still follows the HTTP status.
 *
 * <pre>{@code
 * try {
 *   klara.applications().refreshPreAuth(applicationId);
 * } catch (ApiException e) {
 *   if (e.errorCode() == KlaraErrorCode.APPLICATION_TERMINAL_STATUS) { ... }
 * }
 * }</pre>
 *
 * <p>Open: errors this SDK does not recognise are {@link #UNKNOWN}; {@code e.error().message()} and
 * {@code e.rawBody()} keep the server's text.
 */
public enum KlaraErrorCode implements ErrorCode {
  /**
   * Required request fields are missing: {@code Missing required fields} with a {@code required} list (in
   * {@code e.fieldErrors()}), or {@code config_id and primary_contact.email are required}. See
   * {@link #requiredFields(ApiException)}.
   */
  MISSING_REQUIRED_FIELDS,
  /** {@code Invalid email address for primary_contact.email}. */
  INVALID_EMAIL,
  /** {@code Invalid config_id}: the config does not exist. */
  INVALID_CONFIG_ID,
  /** {@code Invalid API key} (or {@code unauthorized}): the key is invalid, expired or inactive. */
  INVALID_API_KEY,
  /** {@code Missing API key}: no {@code Authorization} header. */
  MISSING_API_KEY,
  /**
   * {@code API key missing required scopes: ...}: the key lacks a scope such as {@code applications:read}. See
   * {@link #missingScopes(ApiException)}.
   */
  MISSING_SCOPE,
  /** {@code Config not available for this organization}: the config belongs to another organization. */
  CONFIG_NOT_AVAILABLE,
  /** {@code Application not found}: no such application in the key's organization. */
  APPLICATION_NOT_FOUND,
  /** {@code Application is in a terminal status...}: pre-auth no longer applies. */
  APPLICATION_TERMINAL_STATUS,
  /** {@code Application has not...}: a decision was recorded on an application that is not submitted yet. */
  APPLICATION_NOT_SUBMITTED,
  /** {@code No primary participant found for this application}. */
  NO_PRIMARY_PARTICIPANT,
  /** {@code Document not found}. */
  DOCUMENT_NOT_FOUND,
  /** {@code application_id in body does not match URL parameter}. */
  APPLICATION_ID_MISMATCH,
  /** {@code Invalid JSON body}. */
  INVALID_JSON_BODY,
  /** {@code Invalid request body}, with per-field errors from {@code details} in {@code e.fieldErrors()}. */
  INVALID_REQUEST_BODY,
  /** {@code Internal server error}. */
  INTERNAL_ERROR,
  /** Not recognised; see the exception's message and raw body. */
  UNKNOWN;

  private static final Pattern SCOPES = Pattern.compile("(?i)missing required scopes?\\s*:?\\s*(.*)");
  private static final Pattern REQUIRED_TEXT = Pattern.compile("(?i)^(.+?)\\s+(?:are|is) required\\.?$");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|\\s)\\s*");

  /**
   * Returns the scopes an API key lacked, parsed from {@code API key missing required scopes: a, b} (or a list-valued
   * {@code required_scopes} / {@code scopes} member).
   *
   * @param e the exception; null gives an empty list
   * @return the scopes, such as {@code [applications:read]}; empty when the error is not about scopes
   */
  public static List<String> missingScopes(@Nullable ApiException e) {
    if (e == null) {
      return List.of();
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (String member : List.of("required_scopes", "missing_scopes", "scopes")) {
      scopes.addAll(e.error().stringList(member));
    }
    for (String text : KlaraErrorClassifier.texts(e.error())) {
      Matcher m = SCOPES.matcher(text);
      if (m.find()) {
        for (String scope : LIST_SEPARATOR.split(m.group(1).strip())) {
          if (!scope.isEmpty()) {
            scopes.add(scope.replaceAll("[.;]+$", ""));
          }
        }
      }
    }
    return List.copyOf(scopes);
  }

  /**
   * Returns the fields the server said are required: its {@code required} list, or the names in a message such as
   * {@code config_id and primary_contact.email are required}. Names are as on the wire (snake_case).
   *
   * @param e the exception; null gives an empty list
   * @return the field names; empty when the error is not about required fields
   */
  public static List<String> requiredFields(@Nullable ApiException e) {
    if (e == null) {
      return List.of();
    }
    List<String> listed = e.error().stringList("required");
    if (!listed.isEmpty()) {
      return listed;
    }
    List<String> out = new ArrayList<>();
    for (String text : KlaraErrorClassifier.texts(e.error())) {
      Matcher m = REQUIRED_TEXT.matcher(text.strip());
      if (m.matches() && !m.group(1).toLowerCase(Locale.ROOT).startsWith("missing")) {
        for (String field : LIST_SEPARATOR.split(m.group(1))) {
          if (!field.isEmpty()) {
            out.add(field);
          }
        }
        break;
      }
    }
    return Collections.unmodifiableList(out);
  }
}
