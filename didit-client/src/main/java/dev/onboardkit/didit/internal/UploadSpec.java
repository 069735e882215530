package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.http.Multipart;
import dev.onboardkit.core.internal.http.Uploads;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file parts one multipart endpoint takes: each part's wire name, the builder method that sets it, its size limit
 * and whether it is required. The one owner of those facts for its request type (which checks files with it when
 * built) and its endpoint (which writes the form with it). Internal.
 */
public final class UploadSpec {
  private final List<Part> parts;

  private UploadSpec(List<Part> parts) {
    this.parts = parts;
  }

  /**
   * Starts a spec with no parts.
   *
   * @return an empty spec
   */
  public static UploadSpec form() {
    return new UploadSpec(List.of());
  }

  /**
   * Returns this spec with one more file part.
   *
   * @param wire the part name, such as {@code user_image}
   * @param javaName the builder method, such as {@code userImage}
   * @param maxBytes the largest file allowed
   * @param required whether the request must have it
   * @return the spec
   */
  public UploadSpec file(String wire, String javaName, long maxBytes, boolean required) {
    List<Part> more = new ArrayList<>(parts);
    more.add(new Part(wire, javaName, maxBytes, required));
    return new UploadSpec(Collections.unmodifiableList(more));
  }

  /**
   * Returns the largest file a part takes.
   *
   * @param wire the part name
   * @return the limit in bytes
   */
  public long maxBytes(String wire) {
    return part(wire).maxBytes;
  }

  /**
   * Reports a missing required file and every file that fails the upload checks (see
   * {@link dev.onboardkit.core.http.FileUpload}).
   *
   * @param problems collects the problems
   * @param files the request's files by part name
   */
  public void check(Problems problems, Map<String, FileUpload> files) {
    for (Part p : parts) {
      if (p.required) {
        Uploads.require(problems, p.javaName, files.get(p.wire), p.maxBytes);
      } else {
        Uploads.check(problems, p.javaName, files.get(p.wire), p.maxBytes);
      }
    }
  }

  /**
   * Writes a request as a form: its files in this spec's order, then its text fields in the order set. Each call
   * returns a new body (one per call of the endpoint).
   *
   * @param files the files by part name
   * @param fields the text fields by wire name; booleans and numbers are sent as text
   * @return the body
   */
  public Multipart multipart(Map<String, FileUpload> files, Map<String, Object> fields) {
    Multipart.Builder form = Multipart.form();
    for (Part p : parts) {
      form.file(p.wire, p.javaName, files.get(p.wire), p.maxBytes);
    }
    fields.forEach(form::text);
    return form.build();
  }

  /**
   * Describes a request for {@code toString()}: its files by name, media type and size, and its text fields.
   *
   * @param type the request type's simple name
   * @param files the files
   * @param fields the text fields
   * @return the description
   */
  public static String describe(String type, Map<String, FileUpload> files, Map<String, Object> fields) {
    Map<String, Object> all = new LinkedHashMap<>(files);
    all.putAll(fields);
    return WireFields.describe(type, all);
  }

  private Part part(String wire) {
    for (Part p : parts) {
      if (p.wire.equals(wire)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no part " + wire);
  }

  /**
   * Returns a copy of the files set, in the spec's order, without nulls.
   *
   * @param files the files by part name (values may be null)
   * @return an unmodifiable copy
   */
  public Map<String, FileUpload> snapshot(Map<String, @Nullable FileUpload> files) {
    Map<String, FileUpload> copy = new LinkedHashMap<>();
    for (Part p : parts) {
      FileUpload f = files.get(p.wire);
      if (f != null) {
        copy.put(p.wire, f);
      }
    }
    return Collections.unmodifiableMap(copy);
  }

  private static final class Part {
    final String wire;
    final String javaName;
    final long maxBytes;
    final boolean required;

    Part(String wire, String javaName, long maxBytes, boolean required) {
      this.wire = wire;
      this.javaName = javaName;
      this.maxBytes = maxBytes;
      this.required = required;
    }
  }
}
