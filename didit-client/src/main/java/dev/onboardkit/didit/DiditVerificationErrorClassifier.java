package dev.onboardkit.didit;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.error.ErrorClassifier;
import dev.onboardkit.core.error.ErrorCode;
import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import java.util.Locale;

/**
 * Maps Didit Verification API error responses to {@link DiditVerificationErrorCode}s: the status decides, and for a
 * 403 the message tells a refused API key from a missing permission.
 */
public final class DiditVerificationErrorClassifier implements ErrorClassifier {
  /** The classifier {@link DiditClient} uses. */
  public static final DiditVerificationErrorClassifier INSTANCE = new DiditVerificationErrorClassifier();

  private DiditVerificationErrorClassifier() {}

  /**
   * Maps a status and error body to a {@link DiditVerificationErrorCode}.
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
    if (isApiKeyRejection(statusCode, body)) {
      return DiditVerificationErrorCode.API_KEY_REJECTED;
    }
    switch (statusCode) {
      case 400:
        return DiditVerificationErrorCode.VALIDATION_ERROR;
      case 402:
        return DiditVerificationErrorCode.INSUFFICIENT_CREDITS;
      case 403:
        return DiditVerificationErrorCode.PERMISSION_DENIED;
      case 404:
        return DiditVerificationErrorCode.NOT_FOUND;
      case 409:
        return DiditVerificationErrorCode.CONFLICT;
      case 422:
        return DiditVerificationErrorCode.INVALID_CHOICE;
      case 429:
        return DiditVerificationErrorCode.THROTTLED;
      case 503:
        return DiditVerificationErrorCode.SERVICE_UNAVAILABLE;
      default:
        return statusCode >= 500 && statusCode < 600 ? DiditVerificationErrorCode.SERVER_ERROR
            : DiditVerificationErrorCode.UNKNOWN;
    }
  }

  /**
   * Returns whether an error response means the API key was refused: every 401, and a 403 whose message is Django
   * REST framework's {@code "You do not have permission to perform this action."} or says that credentials were not
   * provided or are invalid. The one rule both the error code and the exception class follow.
   *
   * @param statusCode the HTTP status
   * @param body the decoded error body
   * @return true if the key was refused
   */
  static boolean isApiKeyRejection(int statusCode, ErrorBody body) {
    if (statusCode == 401) {
      return true;
    }
    if (statusCode != 403) {
      return false;
    }
    String message = body.message().toLowerCase(Locale.ROOT);
    return message.contains("you do not have permission") || message.contains("credentials were not provided")
        || message.contains("credentials are invalid") || message.contains("invalid api key");
  }

  @Override
  public String toString() {
    return "DiditVerificationErrorClassifier";
  }
}
