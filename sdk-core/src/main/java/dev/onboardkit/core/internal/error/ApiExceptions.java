package dev.onboardkit.core.internal.error;

import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiErrorDetails;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.ConflictException;
import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.error.ErrorClassifier;
import dev.onboardkit.core.error.ErrorCode;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.PermissionDeniedException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.core.error.UnprocessableEntityException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.internal.VendorProfile;
import dev.onboardkit.core.internal.http.TransportFailure;
import dev.onboardkit.core.internal.log.Redactor;
import dev.onboardkit.core.internal.retry.OutcomeUnknown;
import dev.onboardkit.core.internal.retry.RetryAfter;
import java.time.Clock;
import java.util.Arrays;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns failed responses and transport failures into the SDK's exceptions. */
public final class ApiExceptions {
  private static final ErrorInternals INTERNALS = ErrorInternals.get();
  private static final Pattern MISSING_ATTRIBUTES = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

  private ApiExceptions() {}

  /**
   * Creates the exception for an error response.
   *
   * @param request the request that was sent
   * @param response the error response (status outside 2xx)
   * @param vendor reads the body, classifies the error and masks the vendor's secrets in the message
   * @param clock used to turn an HTTP-date {@code Retry-After} into a wait
   * @return the exception matching the status; an {@link AuthenticationException} also for the other statuses the
   *     vendor says mean rejected credentials
   */
  public static ApiException fromResponse(
      HttpRequest request, HttpResponse response, VendorProfile vendor, Clock clock) {
    int status = response.statusCode();
    byte[] bytes = response.body();
    // A custom transport may hand over more than the error cap; keep only what the exception may show.
    byte[] raw = bytes.length <= SdkDefaults.Limits.MAX_ERROR_BODY_BYTES
        ? bytes
        : Arrays.copyOf(bytes, SdkDefaults.Limits.MAX_ERROR_BODY_BYTES);
    String url = request.urlText();
    int queryStart = url.indexOf('?');
    java.util.Set<String> secrets = Redactor.defaults().secretsOf(
        request.headers(), queryStart < 0 ? null : url.substring(queryStart + 1), request.body().orElse(null));
    for (String credential : response.sentCredentials()) {
      secrets.add(credential);
      int space = credential.indexOf(' ');
      if (space > 0 && credential.length() - space > 4) {
        secrets.add(credential.substring(space + 1));
      }
    }
    ErrorBody body = INTERNALS.scrub(
        ErrorBodyDecoder.decode(bytes, response.contentType().orElse(null), vendor.errorShape()), secrets);
    Duration retryAfter = RetryAfter.of(response.headers(), body, clock, vendor.errorShape()).orElse(null);
    boolean unknown = OutcomeUnknown.afterResponse(request.idempotency(), status, retryAfter != null);
    ApiErrorDetails details = INTERNALS.details(
        status, response.headers(), raw, vendor.classifier(), vendor.redactor(), body, response.attempts(),
        request.method(), withoutQuery(request.urlText()), retryAfter, unknown);
    if (vendor.isAuthenticationFailure(status, body)) {
      return new AuthenticationException(details);
    }
    switch (status) {
      case 400:
        return new BadRequestException(details);
      case 403:
        return new PermissionDeniedException(details);
      case 404:
        return new NotFoundException(details);
      case 409:
        return new ConflictException(details);
      case 422:
        return new UnprocessableEntityException(details);
      case 429:
        return new RateLimitException(details);
      default:
        return status >= 500 ? new InternalServerException(details) : new UnexpectedStatusException(details);
    }
  }

  /**
   * Creates the exception for a call that got no response.
   *
   * @param request the request
   * @param failure the classified failure, with its final attempt count
   * @return an {@link ApiTimeoutException} for timeouts, otherwise an {@link ApiConnectionException}
   */
  public static ApiConnectionException fromFailure(HttpRequest request, TransportFailure failure) {
    boolean sent = failure.requestSent();
    boolean unknown = OutcomeUnknown.afterFailure(request.idempotency(), sent);
    StringBuilder message = new StringBuilder(String.valueOf(failure.getMessage()));
    if (failure.attempts() > 1) {
      message.append(" (").append(failure.attempts()).append(" attempts)");
    }
    if (unknown) {
      message.append(". The request was sent but no response came back: the outcome is unknown and the server may"
          + " have processed it, so it was not retried");
    } else if (!sent) {
      message.append(". The request did not reach the server");
    }
    Throwable cause = failure.getCause();
    Optional<TimeoutKind> kind = failure.timeoutKind();
    if (kind.isPresent()) {
      return new ApiTimeoutException(message.toString(), cause, kind.get(), sent, unknown, failure.attempts());
    }
    return new ApiConnectionException(message.toString(), cause, sent, unknown, failure.attempts());
  }

  /**
   * Creates the exception for a successful response whose body could not be decoded, saying, for operations that
   * change state, that the server did act (so the caller must not simply repeat the call). The parser's own message
   * is not kept, because it can quote body values; the reason names the JSON path instead.
   *
   * @param response the response
   * @param problem what went wrong, or null for a generic reason
   * @param stateChanging whether the operation changes state (creates, updates)
   * @param redactor masks the snippet of the body
   * @return the exception
   */
  public static ResponseDecodingException decodingFailure(
      HttpResponse response, @Nullable Throwable problem, boolean stateChanging, Redactor redactor) {
    String reason = reasonFor(response, problem);
    if (stateChanging) {
      reason += ". The request itself succeeded (HTTP " + response.statusCode() + "): the server acted on it, so do"
          + " not repeat it; look the result up instead";
    }
    String snippet = redactor.body(response.body(), ResponseDecodingException.MAX_SNIPPET_CHARS);
    return new ResponseDecodingException(
        reason, null, response.statusCode(), response.contentType().orElse(null), snippet,
        response.requestId().orElse(null));
  }

  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static String reasonFor(HttpResponse response, @Nullable Throwable problem) {
    if (response.bodyTruncated()) {
      return "the body is larger than " + SdkDefaults.Limits.MAX_RESPONSE_BYTES + " bytes";
    }
    if (response.bodyError().isPresent()) {
      java.io.IOException error = response.bodyError().get();
      String why = error instanceof TransportFailure
          ? ((TransportFailure) error).timeoutKind().map(kind -> "the " + kind.description() + " timeout fired")
              .orElse("the connection failed")
          : error.getClass().getSimpleName();
      return "the body could not be read to the end (" + why + ")";
    }
    if (problem == null) {
      String text = response.bodyAsString().strip();
      return text.equals("null") ? "the body is JSON null where a value was expected" : "unexpected body";
    }
    if (causedBy(problem, StreamConstraintsException.class)) {
      return "the JSON exceeds the SDK's limits (at most " + SdkDefaults.Limits.MAX_JSON_NESTING_DEPTH
          + " levels of nesting, " + SdkDefaults.Limits.MAX_JSON_TOKENS + " tokens, strings of at most "
          + SdkDefaults.Limits.MAX_RESPONSE_BYTES + " bytes)";
    }
    if (problem instanceof JsonParseException || response.body().length == 0) {
      return response.body().length == 0 ? "the body is empty" : "the body is not valid JSON";
    }
    String path = problem instanceof JsonMappingException ? pathOf((JsonMappingException) problem) : "";
    Throwable root = problem;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    Matcher missing = MISSING_ATTRIBUTES.matcher(String.valueOf(root.getMessage()));
    if (missing.find()) {
      return "required fields are missing or null: " + missing.group(1);
    }
    if (root instanceof NullPointerException || root instanceof IllegalStateException) {
      return "a required value is missing or null" + (path.isEmpty() ? "" : " at " + path);
    }
    return "a value has the wrong type or format" + (path.isEmpty() ? "" : " at " + path)
        + " (" + problem.getClass().getSimpleName() + ")";
  }

  private static boolean causedBy(Throwable problem, Class<? extends Throwable> type) {
    for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .filter(s -> !s.startsWith("[-1"))
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  /**
   * Classifies an error with the vendor's classifier; a classifier that fails or answers null gives
   * {@link ErrorCode#UNKNOWN}.
   *
   * @param classifier the classifier, or null
   * @param status the HTTP status
   * @param body the decoded body
   * @return the code; never null
   */
  public static ErrorCode classify(@Nullable ErrorClassifier classifier, int status, ErrorBody body) {
    if (classifier == null) {
      return ErrorCode.UNKNOWN;
    }
    try {
      ErrorCode code = classifier.classify(status, body);
      return code != null ? code : ErrorCode.UNKNOWN;
    } catch (RuntimeException e) {
      return ErrorCode.UNKNOWN;
    }
  }
}
