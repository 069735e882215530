package dev.onboardkit.didit;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import dev.onboardkit.core.error.ErrorClassifier;
import dev.onboardkit.core.error.ErrorCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps Didit Auth API error responses to {@link DiditErrorCode}s. The API has no error codes, so the status decides
 * first and the message text (detail, bare-array messages and field messages, compared in lower case) refines it.
 */
public final class DiditErrorClassifier implements ErrorClassifier {
  /** The classifier every Didit client uses. */
  public static final DiditErrorClassifier INSTANCE = new DiditErrorClassifier();

  private DiditErrorClassifier() {}

  /**
   * Maps a status and error body to a {@link DiditErrorCode}.
   *
   * @param statusCode the HTTP status
   * @param body the decoded error body; null is read as an empty body
   * @return the error code
   */
  @Override
  public ErrorCode classify(int statusCode, @Nullable ErrorBody body) {
    if (body == null) {
      body = ErrorBodyDecoder.empty();
    }
    String text = allText(body);
    switch (statusCode) {
      case 400:
        return classifyBadRequest(body, text);
      case 401:
        if (text.contains("not provided")) {
          return DiditErrorCode.ACCESS_TOKEN_MISSING;
        }
        return loginProblem(text, DiditErrorCode.INVALID_ACCESS_TOKEN);
      case 402:
        return DiditErrorCode.INSUFFICIENT_BALANCE;
      case 403:
        if (text.contains("not provided")) {
          return DiditErrorCode.ACCESS_TOKEN_MISSING;
        }
        return loginProblem(text, DiditErrorCode.PERMISSION_DENIED);
      case 404:
        return DiditErrorCode.NOT_FOUND;
      case 409:
        return alreadyRegistered(text) ? DiditErrorCode.EMAIL_ALREADY_REGISTERED : DiditErrorCode.CONFLICT;
      case 422:
        return DiditErrorCode.INVALID_CHOICE;
      case 429:
        return DiditErrorCode.THROTTLED;
      default:
        return statusCode >= 500 && statusCode < 600 ? DiditErrorCode.SERVER_ERROR : DiditErrorCode.UNKNOWN;
    }
  }

  private static ErrorCode classifyBadRequest(ErrorBody body, String text) {
    if (text.contains("otp")) {
      return DiditErrorCode.INVALID_OTP;
    }
    if (text.contains("verification code") || body.fieldErrors().containsKey("code")
        || (text.contains("code") && (text.contains("expired") || text.contains("invalid")))) {
      return DiditErrorCode.INVALID_VERIFICATION_CODE;
    }
    if (alreadyRegistered(text)) {
      return DiditErrorCode.EMAIL_ALREADY_REGISTERED;
    }
    if (body.fieldErrors().containsKey("password") || text.contains("password must")
        || text.contains("password should") || text.contains("at least 8")
        || (text.contains("password") && (text.contains("uppercase") || text.contains("lowercase")
            || text.contains("digit") || text.contains("special")))) {
      return DiditErrorCode.PASSWORD_POLICY;
    }
    ErrorCode login = loginProblem(text, null);
    return login != null ? login : DiditErrorCode.VALIDATION_ERROR;
  }

  private static ErrorCode loginProblem(String text, ErrorCode otherwise) {
    if (text.contains("not verified") || text.contains("verify your email") || text.contains("unverified")) {
      return DiditErrorCode.EMAIL_NOT_VERIFIED;
    }
    if (text.contains("invalid credentials") || text.contains("invalid email or password")
        || (text.contains("incorrect") && (text.contains("password") || text.contains("email")
            || text.contains("credential")))
        || text.contains("wrong password")
        || text.contains("unable to log in")) {
      return DiditErrorCode.INVALID_CREDENTIALS;
    }
    return otherwise;
  }

  /** Whether the text says that the email address or account already exists. */
  private static boolean alreadyRegistered(String text) {
    boolean taken = text.contains("already exists") || text.contains("already registered")
        || text.contains("already in use") || text.contains("already taken");
    return taken && (text.contains("email") || text.contains("account") || text.contains("user"));
  }

  private static String allText(ErrorBody body) {
    StringBuilder sb = new StringBuilder(body.message());
    for (String s : body.nonFieldErrors()) {
      sb.append('\n').append(s);
    }
    for (Map.Entry<String, List<String>> e : body.fieldErrors().entrySet()) {
      for (String s : e.getValue()) {
        sb.append('\n').append(e.getKey()).append(": ").append(s);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "DiditErrorClassifier";
  }
}
