package dev.onboardkit.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.http.UploadBody;
import dev.onboardkit.core.internal.json.SdkJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;

/**
 * A JSON object with one member holding a file as base64 text, for APIs that take images that way
 * ({@code {"image": "/9j/4AAQ...", "comment": "..."}}). The file is encoded while the body is written, a segment at a
 * time, with its limit enforced as for a multipart file ({@link UploadSource#writeBase64To}): it is never read whole,
 * and the encoded text never exists as one string. The other members are written by the SDK's JSON mapper, after the
 * file's. Internal.
 */
public final class Base64JsonUpload implements UploadBody, OkHttpUpload {
  private static final HttpInternals INTERNALS = HttpInternals.get();
  private static final MediaType JSON = MediaType.get("application/json");

  private final UploadSource source;
  private final String field;
  private final long maxBytes;
  private final byte[] prefix;
  private final byte[] suffix;
  private final String description;
  private final Body body = new Body();
  private volatile long size = Long.MIN_VALUE;

  private Base64JsonUpload(UploadSource source, String field, long maxBytes, byte[] prefix, byte[] suffix,
      String description) {
    this.source = source;
    this.field = field;
    this.maxBytes = maxBytes;
    this.prefix = prefix;
    this.suffix = suffix;
    this.description = description;
  }

  /**
   * Returns the body {@code {"<member>": "<file as base64>", ...otherMembers}}.
   *
   * @param member the JSON name of the file's member, such as {@code image}
   * @param field the request field, for messages, such as {@code image}
   * @param file the file
   * @param maxBytes the largest file size allowed (before encoding)
   * @param otherMembers an object whose JSON form is an object (a map, a request type), or null for none
   * @return the body
   * @throws OnboardKitException if {@code otherMembers} does not serialise to a JSON object
   */
  public static Base64JsonUpload of(
      String member, String field, FileUpload file, long maxBytes, @Nullable Object otherMembers) {
    byte[] others;
    String prefix;
    try {
      others = otherMembers == null ? new byte[] {'{', '}'} : SdkJson.mapper().writeValueAsBytes(otherMembers);
      prefix = "{" + SdkJson.mapper().writeValueAsString(member) + ":\"";
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new OnboardKitException("Could not serialise the request body", null);
    }
    if (others.length < 2 || others[0] != '{') {
      throw new OnboardKitException("The members sent with a file must form a JSON object", null);
    }
    boolean noOthers = others.length == 2;
    byte[] suffix = new byte[noOthers ? 2 : others.length + 1];
    suffix[0] = '"';
    if (noOthers) {
      suffix[1] = '}';
    } else {
      suffix[1] = ',';
      System.arraycopy(others, 1, suffix, 2, others.length - 1);
    }
    UploadSource source = INTERNALS.source(file);
    String description = "application/json: " + member + "=" + file.fileName() + " (" + file.mediaType() + ", "
        + UploadSource.describeSize(source.knownSize()) + ", as base64)"
        + (noOthers ? "" : ", with other members");
    return new Base64JsonUpload(source, field, maxBytes, prefix.getBytes(StandardCharsets.UTF_8), suffix,
        description);
  }

  @Override
  public String contentType() {
    return "application/json";
  }

  @Override
  public long contentLength() {
    long encoded = UploadSource.base64Length(fileSize());
    return encoded < 0 ? -1 : prefix.length + encoded + suffix.length;
  }

  /** The file's size, read once so the announced length and the checked length agree. */
  private long fileSize() {
    long s = size;
    if (s == Long.MIN_VALUE) {
      s = source.knownSize();
      size = s;
    }
    return s;
  }

  @Override
  public boolean isReplayable() {
    return source.replayable();
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

  /** Describes the body by member, file name, media type and size; never the content or the other members' values. */
  @Override
  public String toString() {
    return description;
  }

  private final class Body extends RequestBody {
    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public long contentLength() {
      return Base64JsonUpload.this.contentLength();
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(prefix);
      source.writeBase64To(sink, field, maxBytes, fileSize());
      sink.write(suffix);
    }
  }
}
