package dev.onboardkit.core.http;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A request body that carries files ({@link FileUpload}s) and is written while the request is sent, streaming each
 * file: a {@code multipart/form-data} form, or a JSON object with a file embedded as base64. The SDK builds these;
 * a custom {@link HttpTransport} sends one with {@link #contentType()}, {@link #contentLength()} and
 * {@link #writeTo(OutputStream)}.
 *
 * <p>{@code toString()} describes the parts by name, file name, media type and size, never their content: it is
 * what the SDK logs at TRACE for such a request.
 */
public interface UploadBody {
  /**
   * Returns the value of the {@code Content-Type} header, such as {@code multipart/form-data; boundary=...}.
   *
   * @return the media type with its parameters
   */
  String contentType();

  /**
   * Returns the body's length in bytes, when every file's size is known before sending.
   *
   * @return the length, or -1 when it is known only once written (the body is then sent chunked)
   */
  long contentLength();

  /**
   * Returns whether the body can be written again for another attempt: false when it holds a stream.
   *
   * @return true if the request can be retried
   */
  boolean isReplayable();

  /**
   * Writes the body, reading each file as it goes. A file that fails a check while it is read (larger than its
   * limit, not of the size announced, unreadable) stops the writing with an {@link IOException}; the SDK's own
   * transport reports it to the caller as an {@link dev.onboardkit.core.error.InvalidRequestException}.
   *
   * @param out where to write; not closed
   * @throws IOException if writing or reading fails
   */
  void writeTo(OutputStream out) throws IOException;
}
