package dev.onboardkit.klara;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.error.ErrorClassifier;
import dev.onboardkit.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps Klara error responses to {@link KlaraErrorCode}s, by the {@code error} text and then the {@code message}
 * text, ignoring case, surrounding whitespace and a trailing period. Both 401 shapes are understood:
 * {@code {"error":"Invalid API key"}} and {@code {"error":"unauthorized","message":"Invalid or expired API key"}}.
 */
public final class KlaraErrorClassifier implements ErrorClassifier {
  /** The classifier every Klara client uses. */
  public static final KlaraErrorClassifier INSTANCE = new KlaraErrorClassifier();

  private KlaraErrorClassifier() {}

  /**
   * Maps an error body to a {@link KlaraErrorCode}.
   *
   * @param statusCode the HTTP status
   * @param body the decoded error body; null gives {@link KlaraErrorCode#UNKNOWN}
   * @return the error code
   */
  @Override
  public ErrorCode classify(int statusCode, @Nullable ErrorBody body) {
    if (body == null) {
      return KlaraErrorCode.UNKNOWN;
    }
    List<String> texts = texts(body);
    for (String text : texts) {
      KlaraErrorCode code = match(normalize(text));
      if (code != KlaraErrorCode.UNKNOWN) {
        return code;
      }
    }
    for (String text : texts) {
      String t = normalize(text);
      if (t.equals("unauthorized") || t.equals("unauthenticated")) {
        return KlaraErrorCode.INVALID_API_KEY;
      }
    }
    return KlaraErrorCode.UNKNOWN;
  }

  /** The texts to classify, most specific first: {@code error}, {@code message}, then the decoded summary. */
  static List<String> texts(ErrorBody body) {
    List<String> texts = new ArrayList<>(3);
    for (String member : List.of("error", "message")) {
      Object value = body.properties().get(member);
      if (value instanceof String && !((String) value).isBlank()) {
        texts.add((String) value);
      }
    }
    if (!body.message().isBlank()) {
      texts.add(body.message());
    }
    return texts;
  }

  private static String normalize(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static KlaraErrorCode match(String t) {
    if (t.contains("missing required scope")) {
      return KlaraErrorCode.MISSING_SCOPE;
    }
    if (t.startsWith("missing api key") || t.equals("api key missing") || t.equals("api key is required")) {
      return KlaraErrorCode.MISSING_API_KEY;
    }
    if (t.startsWith("missing required field") || t.endsWith(" are required") || t.endsWith(" is required")) {
      return KlaraErrorCode.MISSING_REQUIRED_FIELDS;
    }
    if (t.startsWith("invalid email")) {
      return KlaraErrorCode.INVALID_EMAIL;
    }
    if (t.startsWith("invalid config_id") || t.startsWith("invalid config id")) {
      return KlaraErrorCode.INVALID_CONFIG_ID;
    }
    if (t.startsWith("invalid api key") || t.startsWith("invalid or expired api key")) {
      return KlaraErrorCode.INVALID_API_KEY;
    }
    if (t.startsWith("config not available")) {
      return KlaraErrorCode.CONFIG_NOT_AVAILABLE;
    }
    if (t.startsWith("application not found")) {
      return KlaraErrorCode.APPLICATION_NOT_FOUND;
    }
    if (t.contains("terminal status")) {
      return KlaraErrorCode.APPLICATION_TERMINAL_STATUS;
    }
    if (t.startsWith("application has not") || t.startsWith("application is not submitted")) {
      return KlaraErrorCode.APPLICATION_NOT_SUBMITTED;
    }
    if (t.startsWith("no primary participant")) {
      return KlaraErrorCode.NO_PRIMARY_PARTICIPANT;
    }
    if (t.startsWith("document not found")) {
      return KlaraErrorCode.DOCUMENT_NOT_FOUND;
    }
    if (t.startsWith("application_id in body does not match")) {
      return KlaraErrorCode.APPLICATION_ID_MISMATCH;
    }
    if (t.startsWith("invalid json")) {
      return KlaraErrorCode.INVALID_JSON_BODY;
    }
    if (t.startsWith("invalid request body")) {
      return KlaraErrorCode.INVALID_REQUEST_BODY;
    }
    if (t.startsWith("internal server error") || t.equals("internal error")) {
      return KlaraErrorCode.INTERNAL_ERROR;
    }
    return KlaraErrorCode.UNKNOWN;
  }
}
