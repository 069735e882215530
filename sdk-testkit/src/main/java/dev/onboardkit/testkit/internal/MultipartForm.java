package dev.onboardkit.testkit.internal;

import dev.onboardkit.core.Nullable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;

/**
 * A {@code multipart/form-data} request body, parsed with OkHttp's {@link MultipartReader} the way a server reads
 * one: each part's name, file name, content type and bytes. Not API.
 */
public final class MultipartForm {
  private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"");

  private final List<Part> parts;

  private MultipartForm(List<Part> parts) {
    this.parts = Collections.unmodifiableList(parts);
  }

  /** One part of the form. */
  public static final class Part {
    /** The part's name. */
    public final String name;
    /** The file name, or null for a text field. */
    public final @Nullable String fileName;
    /** The part's content type, or null. */
    public final @Nullable String contentType;
    /** The part's bytes. */
    public final byte[] bytes;

    Part(String name, @Nullable String fileName, @Nullable String contentType, byte[] bytes) {
      this.name = name;
      this.fileName = fileName;
      this.contentType = contentType;
      this.bytes = bytes;
    }

    /**
     * Returns whether this part is a file (it has a file name).
     *
     * @return true for a file
     */
    public boolean isFile() {
      return fileName != null;
    }

    /**
     * Returns the file name's extension in lower case.
     *
     * @return the extension, or an empty string
     */
    public String extension() {
      if (fileName == null) {
        return "";
      }
      int dot = fileName.lastIndexOf('.');
      return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the bytes as UTF-8 text.
     *
     * @return the text
     */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * Parses a request's body.
   *
   * @param contentType the request's {@code Content-Type}
   * @param body the body
   * @return the form, or null when the body is not a well-formed {@code multipart/form-data} body
   */
  public static @Nullable MultipartForm parse(@Nullable String contentType, byte[] body) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    if (type == null || !type.type().equals("multipart") || !type.subtype().equals("form-data")
        || type.parameter("boundary") == null) {
      return null;
    }
    List<Part> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(body), type.parameter("boundary"))) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        String name = group(NAME, disposition);
        if (name == null) {
          return null;
        }
        parts.add(new Part(name, group(FILE_NAME, disposition), part.headers().get("Content-Type"),
            part.body().readByteArray()));
      }
    } catch (IOException e) {
      return null;
    }
    return new MultipartForm(parts);
  }

  /**
   * Returns the parts in the order sent.
   *
   * @return the parts
   */
  public List<Part> parts() {
    return parts;
  }

  /**
   * Returns the first part with a name.
   *
   * @param name the part name
   * @return the part, or null
   */
  public @Nullable Part part(String name) {
    for (Part p : parts) {
      if (p.name.equals(name)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Returns the text of a field that is not a file.
   *
   * @param name the field name
   * @return the text, or null when absent (or sent as a file)
   */
  public @Nullable String text(String name) {
    Part p = part(name);
    return p == null || p.isFile() ? null : p.text();
  }

  private static @Nullable String group(Pattern pattern, @Nullable String text) {
    Matcher m = pattern.matcher(text == null ? "" : text);
    return m.find() ? m.group(1) : null;
  }
}
