package dev.onboardkit.core.internal.http;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpRequest;

/**
 * The package-private members of {@link Headers}, {@link HttpRequest} and {@link FileUpload} that the transport uses to avoid copies,
 * reached without making them public API. {@code Headers} registers the implementation when it is initialised (the
 * JDK's "shared secrets" pattern).
 */
public abstract class HttpInternals {
  private static volatile HttpInternals instance;

  /** For the registering class only. */
  protected HttpInternals() {}

  /**
   * Registers the implementation; only the first registration is accepted.
   *
   * @param implementation the implementation
   */
  public static synchronized void register(HttpInternals implementation) {
    if (instance != null) {
      throw new IllegalStateException("HttpInternals is already registered");
    }
    instance = implementation;
  }

  /**
   * Returns the implementation, initialising {@link Headers} first if needed.
   *
   * @return the implementation
   */
  public static HttpInternals get() {
    HttpInternals i = instance;
    if (i == null) {
      dev.onboardkit.core.internal.Initialise.force(Headers.class);
      i = instance;
    }
    return i;
  }

  /**
   * Returns the alternating names and values, shared, not copied.
   *
   * @param headers the headers
   * @return the array; never modify it
   */
  public abstract String[] namesAndValues(Headers headers);

  /**
   * Wraps an array of alternating names and values without copying or checking it.
   *
   * @param namesAndValues names and values already validated by the HTTP library
   * @return the headers
   */
  public abstract Headers wrap(String[] namesAndValues);

  /**
   * Returns the request body without wrapping it.
   *
   * @param request the request
   * @return the body, or null
   */
  public abstract byte @Nullable [] bodyOrNull(HttpRequest request);

  /**
   * Returns the request content type without wrapping it.
   *
   * @param request the request
   * @return the content type, or null
   */
  public abstract @Nullable String contentTypeOrNull(HttpRequest request);

  /**
   * Returns what reads an upload's content.
   *
   * @param upload the upload
   * @return its source
   */
  public abstract UploadSource source(FileUpload upload);
}
