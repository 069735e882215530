package dev.onboardkit.core.error;

import dev.onboardkit.core.Nullable;
import java.util.Optional;

/**
 * A successful (2xx) response whose body did not have the documented shape: not JSON, a missing required field, a
 * value of the wrong type, too large, or cut short. The request itself succeeded; for a create, the record exists.
 */
public class ResponseDecodingException extends OnboardKitException {
  private static final long serialVersionUID = 1L;

  /** Longest body excerpt kept on the exception. */
  public static final int MAX_SNIPPET_CHARS = 512;

  /** The HTTP status. */
  private final int statusCode;
  /** The content type, or null. */
  private final String contentType;
  /** The redacted start of the body. */
  private final String bodySnippet;
  /** The request id, or null. */
  private final String requestId;

  /**
   * Creates the exception.
   *
   * @param reason what did not match, without secrets
   * @param cause the parser's exception, or null
   * @param statusCode the HTTP status
   * @param contentType the response's content type, or null
   * @param bodySnippet the start of the body, already redacted and cut to {@link #MAX_SNIPPET_CHARS}
   * @param requestId the server's request id, or null
   */
  public ResponseDecodingException(
      String reason,
      @Nullable Throwable cause,
      int statusCode,
      @Nullable String contentType,
      String bodySnippet,
      @Nullable String requestId) {
    super("Could not decode the " + statusCode + " response" + (requestId == null ? "" : " (request id " + requestId + ")")
        + ": " + reason, cause);
    this.statusCode = statusCode;
    this.contentType = contentType;
    this.bodySnippet = bodySnippet;
    this.requestId = requestId;
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the status
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response's content type.
   *
   * @return the content type, if present
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /**
   * Returns the start of the body, with secret-looking values masked, at most {@link #MAX_SNIPPET_CHARS} characters.
   *
   * @return the snippet
   */
  public String bodySnippet() {
    return bodySnippet;
  }

  /**
   * Returns the server's request id.
   *
   * @return the request id, if present
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
