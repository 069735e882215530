package dev.onboardkit.core.internal.error;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.ApiErrorDetails;
import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.error.ErrorClassifier;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.Initialise;
import dev.onboardkit.core.internal.log.Redactor;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The package-private constructors of {@link ErrorBody} and {@link ApiErrorDetails} that the error decoding uses
 * (lazy decoding from a JSON tree, lazy classification), reached without making them public API. {@code ErrorBody}
 * registers the implementation when it is initialised (the JDK's "shared secrets" pattern).
 */
public abstract class ErrorInternals {
  private static volatile ErrorInternals instance;

  /** For the registering class only. */
  protected ErrorInternals() {}

  /**
   * Registers the implementation; only the first registration is accepted.
   *
   * @param implementation the implementation
   */
  public static synchronized void register(ErrorInternals implementation) {
    if (instance != null) {
      throw new IllegalStateException("ErrorInternals is already registered");
    }
    instance = implementation;
  }

  /**
   * Returns the implementation, initialising {@link ErrorBody} first if needed.
   *
   * @return the implementation
   */
  public static ErrorInternals get() {
    ErrorInternals i = instance;
    if (i == null) {
      Initialise.force(ErrorBody.class);
      i = instance;
    }
    return i;
  }

  /**
   * Creates a decoded body whose {@link ErrorBody#properties()} are converted from {@code root} on first read.
   *
   * @param message the one-line summary
   * @param fieldErrors messages per field path
   * @param nonFieldErrors messages tied to no field
   * @param code the vendor's code, or null
   * @param retryAfter the wait the body asked for, or null
   * @param root the JSON tree, or null
   * @param json whether the body was JSON
   * @return the body
   */
  public abstract ErrorBody errorBody(
      String message,
      Map<String, List<String>> fieldErrors,
      List<String> nonFieldErrors,
      @Nullable String code,
      @Nullable Duration retryAfter,
      @Nullable JsonNode root,
      boolean json);

  /**
   * Returns the body of an empty response.
   *
   * @return the empty body
   */
  public abstract ErrorBody empty();

  /**
   * Returns a copy of {@code body} with the given secret values masked in every message.
   *
   * @param body the body
   * @param secrets the values to mask
   * @return the masked copy, or {@code body} when no message mentions a secret
   */
  public abstract ErrorBody scrub(ErrorBody body, Collection<String> secrets);

  /**
   * Creates details that turn the body bytes into text and classify the error on first read.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param rawBytes the body, already capped
   * @param classifier the vendor classifier, or null
   * @param redactor masks the server's message in the exception message
   * @param error the decoded body
   * @param attempts how many attempts were made
   * @param method the request method
   * @param url the request URL without its query
   * @param retryAfter the wait the server asked for, or null
   * @param outcomeUnknown whether the server may have acted on the request
   * @return the details
   */
  public abstract ApiErrorDetails details(
      int statusCode,
      Headers headers,
      byte @Nullable [] rawBytes,
      @Nullable ErrorClassifier classifier,
      Redactor redactor,
      ErrorBody error,
      int attempts,
      HttpMethod method,
      String url,
      @Nullable Duration retryAfter,
      boolean outcomeUnknown);
}
