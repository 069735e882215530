package dev.onboardkit.core.http;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.internal.http.HttpInternals;
import dev.onboardkit.core.internal.http.UploadSource;
import dev.onboardkit.core.internal.log.Redactor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, ordered list of HTTP header fields with case-insensitive names.
 *
 * <p>{@link #toString()} masks the values of credential headers, so a {@code Headers} can be logged safely.
 */
public final class Headers {
  private static final Headers EMPTY = new Headers(new String[0]);
  private static final List<String> REQUEST_ID_HEADERS =
      List.of("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id");

  private final String[] namesAndValues;

  private Headers(String[] namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  static {
    HttpInternals.register(new HttpInternals() {
      @Override
      public String[] namesAndValues(Headers headers) {
        return headers.namesAndValues;
      }

      @Override
      public Headers wrap(String[] namesAndValues) {
        return namesAndValues.length == 0 ? EMPTY : new Headers(namesAndValues);
      }

      @Override
      public byte @Nullable [] bodyOrNull(HttpRequest request) {
        return request.bodyOrNull();
      }

      @Override
      public @Nullable String contentTypeOrNull(HttpRequest request) {
        return request.contentTypeOrNull();
      }

      @Override
      public UploadSource source(FileUpload upload) {
        return upload.source();
      }
    });
  }

  /**
   * Returns a copy with one field set, replacing every existing field of that name. Cheaper than a builder when
   * changing a single header.
   *
   * @param name a valid header name
   * @param value a value without line breaks or other control characters
   * @return the new headers
   * @throws InvalidRequestException if the name or value is invalid
   */
  public Headers with(String name, String value) {
    Builder.check(name, value);
    int matches = 0;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equalsIgnoreCase(name)) {
        matches++;
      }
    }
    if (matches == 1) {
      String[] copy = namesAndValues.clone();
      for (int i = 0; i < copy.length; i += 2) {
        if (copy[i].equalsIgnoreCase(name)) {
          copy[i + 1] = value;
        }
      }
      return new Headers(copy);
    }
    String[] copy = new String[namesAndValues.length - 2 * matches + 2];
    int j = 0;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!namesAndValues[i].equalsIgnoreCase(name)) {
        copy[j++] = namesAndValues[i];
        copy[j++] = namesAndValues[i + 1];
      }
    }
    copy[j++] = name;
    copy[j] = value;
    return new Headers(copy);
  }

  /**
   * Returns headers with no fields.
   *
   * @return the empty headers
   */
  public static Headers empty() {
    return EMPTY;
  }

  /**
   * Starts a builder with no fields.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    Collections.addAll(b.namesAndValues, namesAndValues);
    return b;
  }

  /**
   * Returns the number of fields.
   *
   * @return the field count
   */
  public int size() {
    return namesAndValues.length / 2;
  }

  /**
   * Returns the name of field {@code index}.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the name as sent or received
   */
  public String name(int index) {
    return namesAndValues[index * 2];
  }

  /**
   * Returns the value of field {@code index}.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the value
   */
  public String value(int index) {
    return namesAndValues[index * 2 + 1];
  }

  /**
   * Returns the first value of the named header.
   *
   * @param name the header name, in any case
   * @return the first value, if present
   */
  public Optional<String> first(String name) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equalsIgnoreCase(name)) {
        return Optional.of(namesAndValues[i + 1]);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether a field with this name (in any case) has exactly this value.
   *
   * @param name the header name
   * @param value the value to look for
   * @return true if present
   */
  public boolean has(String name, String value) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equalsIgnoreCase(name) && namesAndValues[i + 1].equals(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns every value of the named header, in order.
   *
   * @param name the header name, in any case
   * @return the values; empty when absent
   */
  public List<String> all(String name) {
    List<String> values = new ArrayList<>(2);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equalsIgnoreCase(name)) {
        values.add(namesAndValues[i + 1]);
      }
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Returns the distinct header names, lower-cased, in order of first appearance.
   *
   * @return the names
   */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      names.add(namesAndValues[i].toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * Returns the server's request id from {@code x-request-id} or a similar header.
   *
   * @return the request id, if present
   */
  public Optional<String> requestId() {
    for (String name : REQUEST_ID_HEADERS) {
      Optional<String> id = first(name);
      if (id.isPresent() && !id.get().isBlank()) {
        return id;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether there are no fields.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return namesAndValues.length == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Headers && Arrays.equals(namesAndValues, ((Headers) o).namesAndValues);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(namesAndValues);
  }

  /** Lists the fields with the values of credential headers masked. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(namesAndValues[i]).append('=').append(Redactor.defaults().headerValue(namesAndValues[i], namesAndValues[i + 1]));
    }
    return sb.append('}').toString();
  }

  /** Builds {@link Headers}. Names and values are checked as they are added. */
  public static final class Builder {
    private final List<String> namesAndValues = new ArrayList<>();

    private Builder() {}

    /**
     * Appends a field, keeping any existing fields of the same name.
     *
     * @param name a valid header name (RFC 9110 token)
     * @param value a value without line breaks or other control characters
     * @return this builder
     * @throws InvalidRequestException if the name or value is invalid
     */
    public Builder add(@Nullable String name, @Nullable String value) {
      check(name, value);
      namesAndValues.add(name);
      namesAndValues.add(value.strip());
      return this;
    }

    /**
     * Appends a field without checking it. For transports copying headers that were already parsed from the wire.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     */
    public Builder addLenient(String name, String value) {
      namesAndValues.add(name);
      namesAndValues.add(value);
      return this;
    }

    /**
     * Replaces every field of this name with one field.
     *
     * @param name a valid header name
     * @param value a value without line breaks or other control characters
     * @return this builder
     * @throws InvalidRequestException if the name or value is invalid
     */
    public Builder set(@Nullable String name, @Nullable String value) {
      check(name, value);
      remove(name);
      namesAndValues.add(name);
      namesAndValues.add(value.strip());
      return this;
    }

    /**
     * Replaces, field by field, every header present in {@code other}.
     *
     * @param other the headers whose names win
     * @return this builder
     */
    public Builder setAll(Headers other) {
      for (String name : other.names()) {
        remove(name);
      }
      Collections.addAll(namesAndValues, other.namesAndValues);
      return this;
    }

    /**
     * Removes every field of this name.
     *
     * @param name the header name, in any case
     * @return this builder
     */
    public Builder remove(String name) {
      for (int i = namesAndValues.size() - 2; i >= 0; i -= 2) {
        if (namesAndValues.get(i).equalsIgnoreCase(name)) {
          namesAndValues.remove(i + 1);
          namesAndValues.remove(i);
        }
      }
      return this;
    }

    /**
     * Builds the headers.
     *
     * @return the headers
     */
    public Headers build() {
      return namesAndValues.isEmpty() ? EMPTY : new Headers(namesAndValues.toArray(new String[0]));
    }

    static void check(String name, String value) {
      boolean validName = name != null && !name.isEmpty() && isToken(name);
      // Only a valid name is quoted back: an invalid one may carry line breaks that would forge log lines.
      String field = validName && name.length() <= 64 ? "header '" + name + "'" : "header name";
      if (!validName) {
        throw InvalidRequestException.single(field, "must be a non-empty header name of letters, digits and !#$%&'*+-.^_`|~");
      }
      if (value == null) {
        throw InvalidRequestException.single(field, "must have a value (not null)");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
          throw InvalidRequestException.single(field, "must not contain line breaks or other control characters");
        }
      }
    }

    private static boolean isToken(String name) {
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }
}
