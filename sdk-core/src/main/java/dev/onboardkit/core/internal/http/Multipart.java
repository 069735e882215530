package dev.onboardkit.core.internal.http;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.http.UploadBody;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;

/**
 * A {@code multipart/form-data} body: text fields and files, in the order added, written in OkHttp's
 * {@link MultipartBody} wire format. Each file part streams its {@link FileUpload} with the part's limit enforced; the
 * request has a {@code Content-Length} when every file's size is known, and is sent chunked otherwise. Checks made before sending (missing, empty or too large
 * files) belong to the request's validation ({@link UploadSource#check}); this body enforces the limit again while
 * writing, for streams and for files that changed since. Internal.
 *
 * <pre>{@code
 * UploadBody body = Multipart.form()
 *     .file("user_image", "userImage", request.userImage(), maxBytes)
 *     .text("vendor_data", request.vendorData())          // null: left out
 *     .build();
 * }</pre>
 */
public final class Multipart implements UploadBody, OkHttpUpload {
  private static final HttpInternals INTERNALS = HttpInternals.get();

  private final MultipartBody body;
  private final boolean replayable;
  private final String description;

  private Multipart(MultipartBody body, boolean replayable, String description) {
    this.body = body;
    this.replayable = replayable;
    this.description = description;
  }

  /**
   * Starts a form.
   *
   * @return a new builder
   */
  public static Builder form() {
    return new Builder();
  }

  @Override
  public String contentType() {
    return String.valueOf(body.contentType());
  }

  @Override
  public long contentLength() {
    try {
      return body.contentLength();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public boolean isReplayable() {
    return replayable;
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    BufferedSink sink = Okio.buffer(Okio.sink(out));
    body.writeTo(sink);
    sink.flush();
  }

  @Override
  public RequestBody requestBody() {
    return body;
  }

  /** Describes the parts: names, file names, media types and sizes; never values or content. */
  @Override
  public String toString() {
    return description;
  }

  /** Builds a {@link Multipart} body. */
  public static final class Builder {
    private final MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
    private final List<String> parts = new ArrayList<>();
    private boolean replayable = true;

    private Builder() {}

    /**
     * Adds a file part; a null file is left out.
     *
     * @param name the part name on the wire, such as {@code user_image}
     * @param field the request field, for messages, such as {@code userImage}
     * @param file the file, or null
     * @param maxBytes the largest size allowed
     * @return this builder
     */
    public Builder file(String name, String field, @Nullable FileUpload file, long maxBytes) {
      if (file != null) {
        body.addFormDataPart(name, file.fileName(), new FilePart(file, field, maxBytes));
        replayable &= file.isReplayable();
        parts.add(name + "=" + file.fileName() + " (" + file.mediaType() + ", "
            + UploadSource.describeSize(INTERNALS.source(file).knownSize()) + ")");
      }
      return this;
    }

    /**
     * Adds a text part; a null value is left out. Booleans and numbers are sent as their {@code toString()}.
     *
     * @param name the part name on the wire, such as {@code vendor_data}
     * @param value the value, or null
     * @return this builder
     */
    public Builder text(String name, @Nullable Object value) {
      if (value != null) {
        String text = String.valueOf(value);
        body.addFormDataPart(name, text);
        parts.add(name + " (text, " + text.length() + " characters)");
      }
      return this;
    }

    /**
     * Builds the body.
     *
     * @return the body
     * @throws IllegalStateException without any part (OkHttp requires one)
     */
    public Multipart build() {
      MultipartBody built = body.build();
      return new Multipart(built, replayable, "multipart/form-data: " + String.join(", ", parts));
    }
  }

  /**
   * One file: its media type, its size (read once, so the part's and the request's {@code Content-Length} agree),
   * and its content, streamed by {@link UploadSource#writeTo}.
   */
  private static final class FilePart extends RequestBody {
    private static final long UNSET = Long.MIN_VALUE;

    private final UploadSource source;
    private final MediaType type;
    private final String field;
    private final long maxBytes;
    private volatile long length = UNSET;

    FilePart(FileUpload file, String field, long maxBytes) {
      this.source = INTERNALS.source(file);
      this.type = MediaType.get(file.mediaType());
      this.field = field;
      this.maxBytes = maxBytes;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      long l = length;
      if (l == UNSET) {
        l = source.knownSize();
        length = l;
      }
      return l;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      source.writeTo(sink, field, maxBytes, contentLength());
    }
  }
}
