package dev.onboardkit.core.error;

/**
 * A vendor-specific classification of an error response, such as {@code KlaraErrorCode.INVALID_CONFIG_ID}.
 *
 * <p>Client modules implement this with an enum and compare with {@code ==}:
 * {@code if (e.errorCode() == KlaraErrorCode.APPLICATION_NOT_FOUND) ...}.
 */
public interface ErrorCode {
  /** The code of errors that no vendor classifier recognised. */
  ErrorCode UNKNOWN = Unclassified.UNKNOWN;

  /**
   * Returns the code's name, such as {@code INVALID_CONFIG_ID}.
   *
   * @return the name
   */
  String name();

  /** Holds {@link ErrorCode#UNKNOWN}. */
  enum Unclassified implements ErrorCode {
    /** Not recognised. */
    UNKNOWN
  }
}
