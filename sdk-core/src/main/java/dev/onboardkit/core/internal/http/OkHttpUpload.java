package dev.onboardkit.core.internal.http;

import okhttp3.RequestBody;

/**
 * An {@link dev.onboardkit.core.http.UploadBody} the SDK built, which {@link OkHttpTransport} hands to OkHttp as it
 * is: its files are then written straight into the connection's buffer, with no copy in between. Internal.
 */
interface OkHttpUpload {
  /**
   * Returns the body OkHttp writes; one-shot, so OkHttp never writes it twice on its own.
   *
   * @return the body
   */
  RequestBody requestBody();
}
