package dev.onboardkit.core.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;

/** Reads a recorded multipart/form-data request back into its parts, with OkHttp's own parser. Test support. */
public final class MultipartParts {
  private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"");

  /** One part as received. */
  public static final class Part {
    public final String name;
    /** The file name, or null for a text field. */
    public final String fileName;
    /** The part's Content-Type header, or null (text fields send none). */
    public final String contentType;
    /** The part's own Content-Length header, or null. */
    public final String contentLength;
    public final ByteString bytes;

    Part(String name, String fileName, String contentType, String contentLength, ByteString bytes) {
      this.name = name;
      this.fileName = fileName;
      this.contentType = contentType;
      this.contentLength = contentLength;
      this.bytes = bytes;
    }

    public String text() {
      return bytes.utf8();
    }

    @Override
    public String toString() {
      return name + (fileName == null ? "" : "=" + fileName + " (" + contentType + ", " + bytes.size() + " bytes)");
    }
  }

  private MultipartParts() {}

  /** Parses the request's body; fails unless it is multipart/form-data with a boundary. */
  public static List<Part> of(RecordedRequest request) {
    String type = request.getHeaders().get("Content-Type");
    MediaType media = MediaType.get(type);
    if (!"multipart".equals(media.type()) || !"form-data".equals(media.subtype())) {
      throw new AssertionError("not multipart/form-data: " + type);
    }
    String boundary = media.parameter("boundary");
    ByteString body = request.getBody();
    List<Part> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        parts.add(new Part(group(NAME, disposition), group(FILE_NAME, disposition),
            part.headers().get("Content-Type"), part.headers().get("Content-Length"), part.body().readByteString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  private static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text == null ? "" : text);
    return m.find() ? m.group(1) : null;
  }
}
