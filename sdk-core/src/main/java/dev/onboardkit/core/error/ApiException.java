package dev.onboardkit.core.error;

import dev.onboardkit.core.http.Headers;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server answered with an error status. Subclasses name the status family; catch this class to handle them all.
 *
 * <p>Carries the status, headers, request id, the raw body (at most 64 KiB), the decoded {@link ErrorBody}, the
 * vendor {@link ErrorCode}, the wait the server asked for and the number of attempts made.
 */
public class ApiException extends OnboardKitException {
  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;
  /** Built on first read: callers that branch on the fields never pay for formatting it. */
  private String message;

  /**
   * Creates the exception.
   *
   * @param details what is known about the response
   */
  public ApiException(ApiErrorDetails details) {
    super(null, null);
    this.details = Objects.requireNonNull(details, "details");
  }

  /**
   * Returns the status, its name, the server's message (redacted), the method and URL without its query, the request
   * id, the attempts made, the wait the server asked for and whether the outcome is unknown.
   *
   * @return the message, never null
   */
  @Override
  public String getMessage() {
    String m = message;
    if (m == null) {
      m = describe(details);
      message = m;
    }
    return m;
  }

  /**
   * Builds the message before writing, so that a deserialized copy, which has no details, still has it.
   *
   * @param out the stream
   * @throws IOException if writing fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    getMessage();
    out.defaultWriteObject();
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status
   */
  public int statusCode() {
    return details.statusCode();
  }

  /**
   * Returns the response headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return details.headers();
  }

  /**
   * Returns the server's request id, for support tickets.
   *
   * @return the request id, if the server sent one
   */
  public Optional<String> requestId() {
    return details.headers().requestId();
  }

  /**
   * Returns the raw body text, cut at 64 KiB.
   *
   * @return the body; empty when there was none
   */
  public String rawBody() {
    return details.rawBody();
  }

  /**
   * Returns the decoded error body.
   *
   * @return the error body
   */
  public ErrorBody error() {
    return details.error();
  }

  /**
   * Returns the field errors of the decoded body; a shortcut for {@code error().fieldErrors()}. Keys are field paths
   * in which list items are indexed: {@code {"features": [["msg"]]}} gives {@code features[0]}, and
   * {@code {"items": [{}, {"name": ["msg"]}]}} gives {@code items[1].name} (see {@link ErrorBody#fieldErrors()}).
   *
   * @return field path to messages
   */
  public Map<String, List<String>> fieldErrors() {
    return details.error().fieldErrors();
  }

  /**
   * Returns the vendor classification, such as {@code KlaraErrorCode.INVALID_API_KEY}.
   *
   * @return the code; {@link ErrorCode#UNKNOWN} when not recognised
   */
  public ErrorCode errorCode() {
    return details.errorCode();
  }

  /**
   * Returns how many attempts were made before giving up.
   *
   * @return one or more
   */
  public int attempts() {
    return details.attempts();
  }

  /**
   * Returns the wait the server asked for (Retry-After, Retry-After-Ms, or a {@code wait} body member).
   *
   * @return the wait, if any
   */
  public Optional<Duration> retryAfter() {
    return details.retryAfter();
  }

  @Override
  public boolean outcomeUnknown() {
    return details.outcomeUnknown();
  }

  private static String describe(ApiErrorDetails d) {
    StringBuilder sb = new StringBuilder().append(d.statusCode()).append(' ').append(StatusText.of(d.statusCode()));
    String message = d.redactor().text(d.error().message());
    if (!message.isEmpty()) {
      sb.append(": ").append(message);
    }
    sb.append(" (").append(d.method()).append(' ').append(d.url());
    d.headers().requestId().ifPresent(id -> sb.append("; request id ").append(id));
    if (d.attempts() > 1) {
      sb.append("; ").append(d.attempts()).append(" attempts");
    }
    sb.append(')');
    d.retryAfter().ifPresent(wait -> sb.append(". The server asked to retry after ").append(StatusText.seconds(wait)));
    if (d.outcomeUnknown()) {
      sb.append(". The outcome is unknown: the server may have processed the request");
    }
    return sb.toString();
  }
}
