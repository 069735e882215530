package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.json.OpenEnum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON members of a request whose builder sends only what was set, by wire name in the order set (the shape of
 * {@code DiditApplicationUpdate}): the verification API's request types keep the resulting map and serialise it as
 * their body. Values are checked when the request is built, so a setter never throws. Internal.
 */
public final class WireFields {
  /** Members whose value {@link #describe} replaces by its length: large or personal payloads. */
  private static final Set<String> SUMMARISED = Set.of("portrait_image");

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, String> javaNames = new LinkedHashMap<>();

  /** Creates an empty set of members. */
  public WireFields() {}

  /**
   * Sets a member, or removes it when {@code value} is null.
   *
   * @param wire the JSON name
   * @param javaName the builder method's name, used in problem reports
   * @param value the value: a string, number, boolean, {@link Secret}, request object, list or map
   * @return this
   */
  public WireFields set(String wire, String javaName, @Nullable Object value) {
    javaNames.put(wire, javaName);
    if (value == null) {
      values.remove(wire);
    } else {
      values.put(wire, value);
    }
    return this;
  }

  /**
   * Sets a date member as {@code YYYY-MM-DD}, or removes it when {@code value} is null.
   *
   * @param wire the JSON name
   * @param javaName the builder method's name
   * @param value the date
   * @return this
   */
  public WireFields date(String wire, String javaName, @Nullable LocalDate value) {
    return set(wire, javaName, value == null ? null : value.toString());
  }

  /**
   * Sets a member from an open enum's wire value; {@code UNKNOWN} is kept as itself so that {@link #check} reports it.
   *
   * @param wire the JSON name
   * @param javaName the builder method's name
   * @param value the constant
   * @return this
   */
  public WireFields constant(String wire, String javaName, @Nullable OpenEnum value) {
    return set(wire, javaName, value == null ? null : value.wireValue().isEmpty() ? value : value.wireValue());
  }

  /**
   * Sets a list member from a copy of {@code values} (nulls kept, for {@link #check} to report by index).
   *
   * @param wire the JSON name
   * @param javaName the builder method's name
   * @param values the values
   * @return this
   */
  public WireFields list(String wire, String javaName, @Nullable Iterable<?> values) {
    if (values == null) {
      return set(wire, javaName, null);
    }
    List<Object> copy = new ArrayList<>();
    values.forEach(copy::add);
    return set(wire, javaName, Collections.unmodifiableList(copy));
  }

  /**
   * Sets a free-form JSON object member from a copy of {@code value} (null values kept: they are sent as JSON null).
   *
   * @param wire the JSON name
   * @param javaName the builder method's name
   * @param value the object
   * @return this
   */
  public WireFields object(String wire, String javaName, @Nullable Map<String, ?> value) {
    return set(wire, javaName, value == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(value)));
  }

  /**
   * Returns a member's value.
   *
   * @param wire the JSON name
   * @return the value, or null when not set
   */
  public @Nullable Object get(String wire) {
    return values.get(wire);
  }

  /**
   * Returns a member's value as text.
   *
   * @param wire the JSON name
   * @return the text, or null when not set or not text
   */
  public @Nullable String text(String wire) {
    Object v = values.get(wire);
    return v instanceof String ? (String) v : null;
  }

  /**
   * Returns the builder method's name of a member, for problem reports.
   *
   * @param wire the JSON name
   * @return the Java name
   */
  public String javaName(String wire) {
    return javaNames.getOrDefault(wire, wire);
  }

  /**
   * Reports what every request shares: an enum set to {@code UNKNOWN}, a list holding null and a map key that is null.
   * Everything else is left to the server, which documents its own rules.
   *
   * @param problems collects the problems
   */
  public void check(Problems problems) {
    for (Map.Entry<String, Object> e : values.entrySet()) {
      String field = javaName(e.getKey());
      Object v = e.getValue();
      if (v instanceof OpenEnum) {
        problems.add(field, "must be a known value, not UNKNOWN");
      } else if (v instanceof List) {
        List<?> list = (List<?>) v;
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) == null) {
            problems.add(field + "[" + i + "]", "must not be null");
          }
        }
      } else if (v instanceof Map && ((Map<?, ?>) v).containsKey(null)) {
        problems.add(field, "must not have a null key");
      }
    }
  }

  /**
   * Returns the members set, for the request object to keep.
   *
   * @return an unmodifiable copy
   */
  public Map<String, Object> snapshot() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Describes a request for {@code toString()}: its type and members, secrets masked by {@link Secret#toString()} and
   * large or personal payloads (a portrait image) replaced by their length.
   *
   * @param type the request type's simple name
   * @param fields the members
   * @return the description
   */
  public static String describe(String type, Map<String, Object> fields) {
    StringBuilder sb = new StringBuilder(type).append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      sb.append(first ? "" : ", ").append(e.getKey()).append('=');
      Object v = e.getValue();
      if (SUMMARISED.contains(e.getKey()) && v instanceof String) {
        sb.append('[').append(((String) v).length()).append(" characters]");
      } else {
        sb.append(v);
      }
      first = false;
    }
    return sb.append('}').toString();
  }
}
