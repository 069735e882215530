package dev.onboardkit.core.http;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.http.UploadSource;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A file to upload: from a {@link Path}, from a {@code byte[]}, or from an {@link InputStream}, with the file name and
 * media type the server is told.
 *
 * <pre>{@code
 * FileUpload.of(Path.of("selfie.jpg"))                                  // name and type from the path
 * FileUpload.of(Path.of("scan"), "application/pdf")
 * FileUpload.of(bytes, "selfie.jpg", "image/jpeg")
 * FileUpload.of(inputStream, "selfie.jpg", "image/jpeg", sizeInBytes)     // the size is optional
 * }</pre>
 *
 * <p><b>Streaming.</b> The content is read only while the request is written to the network, a few kilobytes at a
 * time: a file or stream is never read whole into memory, and a {@code byte[]} is written as it is, not copied. A
 * path is opened again for each attempt, so a request with a path or bytes can be retried like any other.
 *
 * <p><b>Streams are sent once.</b> An {@code InputStream} cannot be rewound, so a request carrying one is sent at most
 * once: it is retried only when the first attempt provably never reached the server (then nothing was read from the
 * stream), never after a response or a failure once sending started. Give a {@code Path} or bytes when retries
 * matter. The SDK does not close a stream it was given; the caller does, after the call.
 *
 * <p><b>Checks before sending.</b> Every file of a request is checked when the request is built, together with the
 * request's other fields: a path that does not exist, is not a regular file or cannot be read, an empty file (the
 * APIs covered reject one) and a file larger than the endpoint's limit (by default
 * {@link SdkDefaults.Limits#MAX_UPLOAD_BYTES}; each endpoint documents its own) are reported in one
 * {@link dev.onboardkit.core.error.InvalidRequestException}. The size of a stream is unknown until it is read: a
 * stream longer than the limit, or whose length differs from the size given, fails the call while it is sent, with an
 * {@code InvalidRequestException} naming the field (and the server receives an incomplete request, which it
 * discards).
 *
 * <p><b>Never logged.</b> File content never appears in logs at any level: a request's log lines name each part with
 * its file name, media type and size only. {@link #toString()} does the same.
 *
 * <p>Immutable and thread-safe (a stream itself is read by one call only).
 */
public final class FileUpload {
  private static final int MAX_FILE_NAME = 255;
  private static final String OCTET_STREAM = "application/octet-stream";
  private static final Map<String, String> TYPES_BY_EXTENSION = Map.of(
      "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "webp", "image/webp", "gif", "image/gif",
      "tif", "image/tiff", "tiff", "image/tiff", "pdf", "application/pdf", "heic", "image/heic");

  private final UploadSource source;
  private final String fileName;
  private final String mediaType;

  private FileUpload(UploadSource source, String fileName, String mediaType) {
    this.source = source;
    this.fileName = fileName;
    this.mediaType = mediaType;
  }

  /**
   * Uploads a file, named as the path's last element, with the media type its extension gives: {@code jpg},
   * {@code jpeg}, {@code png}, {@code webp}, {@code gif}, {@code tif}, {@code tiff}, {@code heic} and {@code pdf} are
   * recognised (any case); anything else is {@code application/octet-stream}, so give the type with
   * {@link #of(Path, String)}.
   *
   * @param path the file; checked (exists, readable, not empty, within the limit) when the request is built
   * @return the upload
   * @throws dev.onboardkit.core.error.InvalidRequestException if {@code path} is null or has no file name
   */
  public static FileUpload of(@Nullable Path path) {
    return of(path, path == null ? OCTET_STREAM : guessType(path));
  }

  /**
   * Uploads a file with the given media type, named as the path's last element.
   *
   * @param path the file; checked (exists, readable, not empty, within the limit) when the request is built
   * @param mediaType the media type, such as {@code image/jpeg}
   * @return the upload
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null or not valid
   */
  public static FileUpload of(@Nullable Path path, @Nullable String mediaType) {
    Problems problems = new Problems();
    Path name = path == null ? null : path.getFileName();
    if (problems.requireNonNull("path", path) && name == null) {
      problems.add("path", "must name a file");
    }
    checkMediaType(problems, mediaType);
    problems.throwIfAny();
    String fileName = name.toString();
    checkFileName(problems, fileName, "path");
    problems.throwIfAny();
    return new FileUpload(UploadSource.of(path), fileName, mediaType);
  }

  /**
   * Uploads bytes already in memory. The array is not copied: do not change it until the call has ended.
   *
   * @param bytes the content
   * @param fileName the file name the server is told, such as {@code selfie.jpg}
   * @param mediaType the media type, such as {@code image/jpeg}
   * @return the upload
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null or not valid
   */
  public static FileUpload of(byte @Nullable [] bytes, @Nullable String fileName, @Nullable String mediaType) {
    Problems problems = new Problems();
    problems.requireNonNull("bytes", bytes);
    checkFileName(problems, fileName, "fileName");
    checkMediaType(problems, mediaType);
    problems.throwIfAny();
    return new FileUpload(UploadSource.of(bytes), fileName, mediaType);
  }

  /**
   * Uploads the rest of a stream, of unknown length (sent with chunked transfer encoding). The stream is read only
   * while the request is sent, and at most once; see the class description about retries. When the length is known,
   * prefer {@link #of(InputStream, String, String, long)}: some servers refuse chunked uploads.
   *
   * @param stream the content; not closed by the SDK
   * @param fileName the file name the server is told, such as {@code selfie.jpg}
   * @param mediaType the media type, such as {@code image/jpeg}
   * @return the upload
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null or not valid
   */
  public static FileUpload of(
      @Nullable InputStream stream, @Nullable String fileName, @Nullable String mediaType) {
    return stream(stream, fileName, mediaType, -1);
  }

  /**
   * Uploads exactly {@code size} bytes from a stream. The stream is read only while the request is sent, and at most
   * once; see the class description about retries. A stream that ends before {@code size} bytes, or holds more,
   * fails the call with an {@link dev.onboardkit.core.error.InvalidRequestException}.
   *
   * @param stream the content; not closed by the SDK
   * @param fileName the file name the server is told, such as {@code selfie.jpg}
   * @param mediaType the media type, such as {@code image/jpeg}
   * @param size the number of bytes the stream holds
   * @return the upload
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null or not valid, or the size is
   *     negative
   */
  public static FileUpload of(
      @Nullable InputStream stream, @Nullable String fileName, @Nullable String mediaType, long size) {
    if (size < 0) {
      throw dev.onboardkit.core.error.InvalidRequestException.single("size", "must be zero or more");
    }
    return stream(stream, fileName, mediaType, size);
  }

  private static FileUpload stream(
      @Nullable InputStream stream, @Nullable String fileName, @Nullable String mediaType, long size) {
    Problems problems = new Problems();
    problems.requireNonNull("stream", stream);
    checkFileName(problems, fileName, "fileName");
    checkMediaType(problems, mediaType);
    problems.throwIfAny();
    return new FileUpload(UploadSource.of(stream, size), fileName, mediaType);
  }

  /**
   * Returns the file name the server is told.
   *
   * @return the name, such as {@code selfie.jpg}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the media type the server is told.
   *
   * @return the type, such as {@code image/jpeg}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Returns the size in bytes, when known before sending: the file's current size, the array's length, or the size
   * given with a stream.
   *
   * @return the size; empty for a stream without a size, or a path that cannot be read
   */
  public OptionalLong size() {
    long size = source.knownSize();
    return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
  }

  /**
   * Returns whether the content can be read again for another attempt: true for a path and for bytes, false for a
   * stream.
   *
   * @return true if a request carrying it can be retried
   */
  public boolean isReplayable() {
    return source.replayable();
  }

  /** Returns what reads the content (for the transport, through {@code HttpInternals}). */
  UploadSource source() {
    return source;
  }

  /** Describes the upload by file name, media type and size; never its content or the path's directories. */
  @Override
  public String toString() {
    long size = source.knownSize();
    return "FileUpload{" + fileName + ", " + mediaType + ", " + (size < 0 ? "size unknown" : size + " bytes")
        + (source.replayable() ? "" : ", stream") + "}";
  }

  private static String guessType(Path path) {
    Path name = path.getFileName();
    String text = name == null ? "" : name.toString();
    int dot = text.lastIndexOf('.');
    if (dot < 0) {
      return OCTET_STREAM;
    }
    return TYPES_BY_EXTENSION.getOrDefault(text.substring(dot + 1).toLowerCase(Locale.ROOT), OCTET_STREAM);
  }

  private static void checkFileName(Problems problems, @Nullable String fileName, String field) {
    problems.requireText(field, fileName, MAX_FILE_NAME);
  }

  private static void checkMediaType(Problems problems, @Nullable String mediaType) {
    if (!problems.requireText("mediaType", mediaType, 200)) {
      return;
    }
    if (!UploadSource.isMediaType(mediaType)) {
      problems.add("mediaType", "must be a media type such as image/jpeg");
    }
  }
}
