package dev.onboardkit.core.internal.http;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.InvalidRequestException;
import java.io.IOException;

/**
 * A file being uploaded failed a check while it was streamed: larger than its limit, not the size announced, or
 * unreadable. It is an {@link IOException} only so that it can leave OkHttp's request-body writer; the transport turns
 * it into the {@link InvalidRequestException} it carries ({@link #find}), so callers see the same exception as for a
 * check made before sending, and the retry policy never treats it as a network failure. Internal.
 */
public final class UploadFailure extends IOException {
  private static final long serialVersionUID = 1L;

  /** The request field, such as {@code userImage}. */
  private final String field;
  /** What is wrong, phrased to follow the field name. */
  private final String problem;

  /**
   * Creates the failure.
   *
   * @param field the request field, such as {@code userImage}
   * @param problem what is wrong, phrased to follow the field name
   */
  public UploadFailure(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
    this.problem = problem;
  }

  /**
   * Returns the exception the caller sees.
   *
   * @return a new exception naming the field
   */
  public InvalidRequestException toException() {
    return InvalidRequestException.single(field, problem);
  }

  /**
   * Returns the upload failure behind an OkHttp failure, if there is one (OkHttp may wrap it, such as in a timeout).
   *
   * @param failure what the call failed with
   * @return the upload failure, or null
   */
  public static @Nullable UploadFailure find(@Nullable Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UploadFailure) {
        return (UploadFailure) t;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (suppressed instanceof UploadFailure) {
          return (UploadFailure) suppressed;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
