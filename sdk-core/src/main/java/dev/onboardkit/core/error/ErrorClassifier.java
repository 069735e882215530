package dev.onboardkit.core.error;

/** Maps an error response to a vendor {@link ErrorCode}. Supplied by each client module. */
@FunctionalInterface
public interface ErrorClassifier {
  /** A classifier that recognises nothing. */
  ErrorClassifier NONE = (status, body) -> ErrorCode.UNKNOWN;

  /**
   * Classifies an error response.
   *
   * @param statusCode the HTTP status
   * @param body the decoded error body
   * @return the code; {@link ErrorCode#UNKNOWN} when not recognised, never null
   */
  ErrorCode classify(int statusCode, ErrorBody body);
}
