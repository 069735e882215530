package dev.onboardkit.didit.sessions;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A session's PDF report, from {@code GET /session/{session_id}/generate-pdf}: session details, feature results and
 * the captured document images. It holds personal data; store it as you would the decision.
 *
 * <p>The body is read with the SDK's response size cap (16 MiB, {@code SdkDefaults.Limits.MAX_RESPONSE_BYTES}); a
 * larger report fails with a {@link dev.onboardkit.core.error.ResponseDecodingException} instead of filling memory.
 */
public final class DiditSessionPdf {
  private final byte[] bytes;
  private final String contentType;

  private DiditSessionPdf(byte[] bytes, String contentType) {
    this.bytes = bytes;
    this.contentType = contentType;
  }

  /**
   * Wraps a report, for example in a test double of the session service.
   *
   * @param bytes the file's bytes (copied)
   * @param contentType the media type, such as {@code application/pdf}
   * @return the report
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null
   */
  public static DiditSessionPdf of(byte[] bytes, String contentType) {
    dev.onboardkit.core.internal.Problems problems = new dev.onboardkit.core.internal.Problems();
    problems.requireNonNull("bytes", bytes);
    problems.requireNonNull("contentType", contentType);
    problems.throwIfAny();
    return new DiditSessionPdf(bytes.clone(), contentType);
  }

  /**
   * Returns a copy of the file's bytes.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Returns the file's bytes as a stream, without copying them.
   *
   * @return a new stream over the bytes
   */
  public InputStream stream() {
    return new ByteArrayInputStream(bytes);
  }

  /**
   * Returns the file's size.
   *
   * @return the size in bytes
   */
  public int size() {
    return bytes.length;
  }

  /**
   * Returns the media type the server sent, normally {@code application/pdf}.
   *
   * @return the content type, without parameters
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Returns whether the bytes start with the PDF signature {@code %PDF-}.
   *
   * @return true for a PDF file
   */
  public boolean isPdf() {
    return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
        && bytes[4] == '-';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditSessionPdf && contentType.equals(((DiditSessionPdf) o).contentType)
        && Arrays.equals(bytes, ((DiditSessionPdf) o).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes) * 31 + contentType.hashCode();
  }

  /** Returns the content type and size; the contents are never included. */
  @Override
  public String toString() {
    return "DiditSessionPdf{" + contentType + ", " + bytes.length + " bytes}";
  }
}
