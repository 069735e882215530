package dev.onboardkit.core.internal.http;

import dev.onboardkit.core.internal.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Where the content of a {@link dev.onboardkit.core.http.FileUpload} comes from, and the one owner of the upload rules:
 * what is checked before sending ({@link #check}), and how content is streamed with its limit enforced
 * ({@link #writeTo}, {@link #writeBase64To}). Content is moved a segment (8 KiB) at a time from the file or stream
 * into the socket's buffer; it is never read whole, and a byte array is written as it is. Internal.
 */
public abstract class UploadSource {
  private static final long SEGMENT = 8192;

  UploadSource() {}

  /**
   * Returns the source of a file, opened again for each attempt.
   *
   * @param path the file
   * @return the source
   */
  public static UploadSource of(Path path) {
    return new PathSource(path);
  }

  /**
   * Returns the source of bytes in memory, written without copying.
   *
   * @param bytes the content
   * @return the source
   */
  public static UploadSource of(byte[] bytes) {
    return new BytesSource(bytes);
  }

  /**
   * Returns the source of a stream, read by one attempt only.
   *
   * @param stream the content
   * @param size the number of bytes it holds, or -1 when unknown
   * @return the source
   */
  public static UploadSource of(InputStream stream, long size) {
    return new StreamSource(stream, size);
  }

  /**
   * Returns whether {@code text} is a media type such as {@code image/jpeg}.
   *
   * @param text the text
   * @return true if HTTP accepts it as a media type
   */
  public static boolean isMediaType(String text) {
    try {
      MediaType.get(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Returns the size in bytes when known before reading.
   *
   * @return the size, or -1
   */
  public abstract long knownSize();

  /**
   * Returns whether the content can be read again for another attempt.
   *
   * @return false for a stream
   */
  public abstract boolean replayable();

  /**
   * Reports what can be known before sending: a missing or unreadable file, an empty one, one larger than
   * {@code maxBytes}.
   *
   * @param problems collects the problems
   * @param field the request field, for messages
   * @param maxBytes the largest size allowed
   */
  public abstract void check(Problems problems, String field, long maxBytes);

  /** Opens the content for one attempt. */
  abstract Source open(String field) throws IOException;

  /**
   * Writes the content, failing with an {@link UploadFailure} when it is larger than {@code maxBytes}, differs from
   * {@code expectedSize}, or cannot be read.
   *
   * @param sink where the request body is written
   * @param field the request field, for messages
   * @param maxBytes the largest size allowed
   * @param expectedSize the size announced in the request (its {@code Content-Length}), or -1
   * @throws IOException when the content fails one of those checks ({@link UploadFailure}), or writing fails
   */
  public void writeTo(BufferedSink sink, String field, long maxBytes, long expectedSize) throws IOException {
    try (Source source = open(field)) {
      long total = 0;
      long cap = expectedSize >= 0 ? Math.min(expectedSize, maxBytes) : maxBytes;
      Buffer buffer = sink.getBuffer();
      while (true) {
        long read = read(source, buffer, field);
        if (read == -1) {
          break;
        }
        total += read;
        if (total > cap) {
          throw tooLong(field, maxBytes, expectedSize, total);
        }
        sink.emitCompleteSegments();
      }
      checkEnd(field, expectedSize, total);
    }
  }

  /**
   * Writes the content base64-encoded (standard alphabet, with padding, no line breaks), with the same checks as
   * {@link #writeTo}.
   *
   * @param sink where the request body is written
   * @param field the request field, for messages
   * @param maxBytes the largest size allowed (of the content, before encoding)
   * @param expectedSize the content's size used to announce the body's length, or -1
   * @throws IOException when the content fails a check ({@link UploadFailure}), or writing fails
   */
  public void writeBase64To(BufferedSink sink, String field, long maxBytes, long expectedSize) throws IOException {
    OutputStream encoder = java.util.Base64.getEncoder().wrap(new KeepOpen(sink.outputStream()));
    try (Source source = open(field)) {
      long total = 0;
      long cap = expectedSize >= 0 ? Math.min(expectedSize, maxBytes) : maxBytes;
      Buffer chunk = new Buffer();
      while (true) {
        long read = read(source, chunk, field);
        if (read == -1) {
          break;
        }
        total += read;
        if (total > cap) {
          throw tooLong(field, maxBytes, expectedSize, total);
        }
        chunk.writeTo(encoder);
      }
      checkEnd(field, expectedSize, total);
    }
    encoder.close();
  }

  private static long read(Source source, Buffer into, String field) throws UploadFailure {
    try {
      return source.read(into, SEGMENT);
    } catch (IOException e) {
      throw new UploadFailure(field, "could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static UploadFailure tooLong(String field, long maxBytes, long expectedSize, long total) {
    if (expectedSize >= 0 && expectedSize <= maxBytes) {
      return new UploadFailure(field, "holds more than its size of " + expectedSize + " bytes");
    }
    return new UploadFailure(field, "must be at most " + maxBytes + " bytes; it held more while it was sent ("
        + total + " bytes read)");
  }

  private static void checkEnd(String field, long expectedSize, long total) throws UploadFailure {
    if (expectedSize >= 0 && total != expectedSize) {
      throw new UploadFailure(field, "ended after " + total + " of its " + expectedSize + " bytes");
    }
  }

  static void checkSize(Problems problems, String field, long size, long maxBytes) {
    if (size == 0) {
      problems.add(field, "must not be empty");
    } else if (size > maxBytes) {
      problems.add(field, "must be at most " + maxBytes + " bytes (it has " + size + ")");
    }
  }

  /** A file: opened again for each attempt, its size read from the file system. */
  private static final class PathSource extends UploadSource {
    private final Path path;

    PathSource(Path path) {
      this.path = path;
    }

    @Override
    public long knownSize() {
      try {
        return Files.size(path);
      } catch (IOException | SecurityException e) {
        return -1;
      }
    }

    @Override
    public boolean replayable() {
      return true;
    }

    @Override
    public void check(Problems problems, String field, long maxBytes) {
      try {
        if (!Files.exists(path)) {
          problems.add(field, "names a file that does not exist");
        } else if (!Files.isRegularFile(path)) {
          problems.add(field, "must name a regular file, not a directory or device");
        } else if (!Files.isReadable(path)) {
          problems.add(field, "names a file that cannot be read");
        } else {
          checkSize(problems, field, Files.size(path), maxBytes);
        }
      } catch (IOException | SecurityException e) {
        problems.add(field, "names a file that cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    }

    @Override
    Source open(String field) throws UploadFailure {
      try {
        return Okio.source(path);
      } catch (IOException | SecurityException e) {
        throw new UploadFailure(field, "could not be opened (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  /** Bytes in memory: written as they are, any number of times. */
  private static final class BytesSource extends UploadSource {
    private final byte[] bytes;

    BytesSource(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public long knownSize() {
      return bytes.length;
    }

    @Override
    public boolean replayable() {
      return true;
    }

    @Override
    public void check(Problems problems, String field, long maxBytes) {
      checkSize(problems, field, bytes.length, maxBytes);
    }

    @Override
    public void writeTo(BufferedSink sink, String field, long maxBytes, long expectedSize) throws IOException {
      if (bytes.length > maxBytes || (expectedSize >= 0 && expectedSize != bytes.length)) {
        throw new UploadFailure(field, "changed size after it was checked");
      }
      sink.write(bytes);
    }

    @Override
    public void writeBase64To(BufferedSink sink, String field, long maxBytes, long expectedSize) throws IOException {
      if (bytes.length > maxBytes || (expectedSize >= 0 && expectedSize != bytes.length)) {
        throw new UploadFailure(field, "changed size after it was checked");
      }
      try (OutputStream encoder = java.util.Base64.getEncoder().wrap(new KeepOpen(sink.outputStream()))) {
        encoder.write(bytes);
      }
    }

    @Override
    Source open(String field) {
      throw new UnsupportedOperationException("bytes are written directly");
    }
  }

  /** A stream: read by the first attempt that writes it; a second attempt fails instead of sending a partial body. */
  private static final class StreamSource extends UploadSource {
    private final InputStream stream;
    private final long size;
    private final AtomicBoolean taken = new AtomicBoolean();

    StreamSource(InputStream stream, long size) {
      this.stream = stream;
      this.size = size;
    }

    @Override
    public long knownSize() {
      return size;
    }

    @Override
    public boolean replayable() {
      return false;
    }

    @Override
    public void check(Problems problems, String field, long maxBytes) {
      if (size >= 0) {
        checkSize(problems, field, size, maxBytes);
      }
    }

    @Override
    Source open(String field) throws UploadFailure {
      if (!taken.compareAndSet(false, true)) {
        throw new UploadFailure(field, "was already sent: a stream can be sent only once");
      }
      return Okio.source(new KeepOpenInput(stream));
    }
  }

  /** Keeps the caller's stream open: the caller owns it. */
  private static final class KeepOpenInput extends java.io.FilterInputStream {
    KeepOpenInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** Lets the base64 encoder be closed (to write its padding) without closing the request body's sink. */
  private static final class KeepOpen extends java.io.FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /**
   * Returns the expected size of {@code upload} content when encoded as base64 with padding.
   *
   * @param size the content's size, or -1
   * @return the encoded length, or -1
   */
  static long base64Length(long size) {
    return size < 0 ? -1 : 4 * ((size + 2) / 3);
  }

  /**
   * Returns a string for logs describing an amount of content.
   *
   * @param size the size, or -1
   * @return such as {@code "1234 bytes"}
   */
  static String describeSize(long size) {
    return size < 0 ? "size unknown" : size + " bytes";
  }
}
