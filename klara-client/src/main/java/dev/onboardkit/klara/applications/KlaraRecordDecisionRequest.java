package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.error.NullArgumentException;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.RequestStyle;
import dev.onboardkit.core.internal.AllowNulls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A decision to record on a submitted application, for {@code POST /applications/{id}/decision}. The body's
 * {@code application_id} is filled in from the path.
 *
 * <pre>{@code
 * KlaraRecordDecisionRequest decision = KlaraRecordDecisionRequest.builder()
 *     .type(KlaraDecisionType.APPROVED)
 *     .timestamp(Instant.now())
 *     .putData("reviewer", "jane@partner.example")
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} requires a known {@code type} and a {@code timestamp}, and checks that {@code data} holds only
 * plain JSON values under non-null keys, reporting every problem at once.
 */
@Value.Immutable(builder = false, copy = false)
@RequestStyle
public abstract class KlaraRecordDecisionRequest {
  KlaraRecordDecisionRequest() {}

  /**
   * Returns the decision type.
   *
   * @return the type; null only while building
   */
  @Value.Parameter
  public abstract @Nullable KlaraDecisionType type();

  /**
   * Returns when the decision was made.
   *
   * @return the decision time; null only while building
   */
  @Value.Parameter
  public abstract @Nullable Instant timestamp();

  /**
   * Returns free-form data stored with the decision as given: plain Java values (strings, numbers, booleans, lists,
   * maps with string keys, null), nested at most {@value SdkDefaults.Limits#MAX_JSON_NESTING_DEPTH} levels.
   *
   * @return the data; empty for none
   */
  @Value.Parameter
  @AllowNulls
  public abstract Map<String, Object> data();

  /**
   * Creates a decision without data.
   *
   * @param type the decision type
   * @param timestamp when the decision was made
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem
   */
  public static KlaraRecordDecisionRequest of(@Nullable KlaraDecisionType type, @Nullable Instant timestamp) {
    return builder().type(type).timestamp(timestamp).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link KlaraRecordDecisionRequest}. Setters accept null without throwing; {@link #build()} reports every problem
   * at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private @Nullable KlaraDecisionType type;
    private @Nullable Instant timestamp;
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<String> nullArguments = new ArrayList<>();

    Builder() {}

    /**
     * Copies every value of {@code instance} into this builder; data entries are added to those already set.
     *
     * @param instance the request to copy
     * @return this builder
     * @throws NullArgumentException if {@code instance} is null
     */
    public Builder from(KlaraRecordDecisionRequest instance) {
      if (instance == null) {
        throw new NullArgumentException("instance");
      }
      if (instance.type() != null) {
        type = instance.type();
      }
      if (instance.timestamp() != null) {
        timestamp = instance.timestamp();
      }
      data.putAll(instance.data());
      return this;
    }

    /**
     * Sets the decision type.
     *
     * @param type the type; required by {@link #build()}
     * @return this builder
     */
    public Builder type(@Nullable KlaraDecisionType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets when the decision was made.
     *
     * @param timestamp the decision time; required by {@link #build()}
     * @return this builder
     */
    public Builder timestamp(@Nullable Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /**
     * Adds one data entry, replacing an earlier value for the same key.
     *
     * @param key the key; a null key is reported by {@link #build()}
     * @param value a plain JSON value, or null to send JSON {@code null}
     * @return this builder
     */
    public Builder putData(@Nullable String key, @Nullable Object value) {
      data.put(key, value);
      return this;
    }

    /**
     * Adds one data entry.
     *
     * @param entry the key and value; a null entry (or key) is reported by {@link #build()}
     * @return this builder
     */
    public Builder putData(Map.@Nullable Entry<String, ? extends Object> entry) {
      if (entry == null) {
        nullArguments.add("an entry");
        return this;
      }
      return putData(entry.getKey(), entry.getValue());
    }

    /**
     * Replaces all data entries.
     *
     * @param entries the new entries; null or empty for no data
     * @return this builder
     */
    public Builder data(@Nullable Map<String, ? extends Object> entries) {
      data.clear();
      if (entries != null) {
        data.putAll(entries);
      }
      return this;
    }

    /**
     * Adds data entries, replacing earlier values for the same keys.
     *
     * @param entries the entries to add; a null map is reported by {@link #build()}
     * @return this builder
     */
    public Builder putAllData(@Nullable Map<String, ? extends Object> entries) {
      if (entries == null) {
        nullArguments.add("a map");
        return this;
      }
      data.putAll(entries);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem: a missing or unknown type, a
     *     missing timestamp, null keys or values that are not plain JSON in {@code data}, a null map or entry given to
     *     {@link #putAllData} or {@link #putData(Map.Entry)}
     */
    public KlaraRecordDecisionRequest build() {
      Problems problems = new Problems();
      for (String what : nullArguments) {
        problems.add("data", "was given " + what + " that is null");
      }
      KlaraRecordDecisionRequest built = problems.capture(() -> ImmutableKlaraRecordDecisionRequest.of(type, timestamp, data));
      problems.throwIfAny();
      return built;
    }
  }

  @Value.Check
  void validate() {
    Problems problems = new Problems();
    if (problems.requireNonNull("type", type()) && type() == KlaraDecisionType.UNKNOWN) {
      problems.add("type", "must be APPROVED, REJECTED or REFERRED");
    }
    problems.requireNonNull("timestamp", timestamp());
    checkJson(problems, "data", data(), 1, Collections.newSetFromMap(new IdentityHashMap<>()));
    problems.throwIfAny();
  }

  /** Reports keys and values that would not serialise as plain JSON, naming them by their path, never their value. */
  private static void checkJson(Problems problems, String path, @Nullable Object value, int depth, Set<Object> seen) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return;
    }
    if (!(value instanceof Map || value instanceof Collection || value instanceof Object[])) {
      problems.add(path, "must be a string, number, boolean, list, map or null");
      return;
    }
    if (depth > SdkDefaults.Limits.MAX_JSON_NESTING_DEPTH) {
      problems.add(path, "nests more than " + SdkDefaults.Limits.MAX_JSON_NESTING_DEPTH + " levels deep");
      return;
    }
    if (!seen.add(value)) {
      problems.add(path, "contains itself");
      return;
    }
    if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        Object key = e.getKey();
        if (key == null) {
          problems.add(path, "must not have a null key");
        } else if (!(key instanceof String || key instanceof Number || key instanceof Boolean)) {
          problems.add(path, "must have string keys");
        } else {
          checkJson(problems, path + "." + key, e.getValue(), depth + 1, seen);
        }
      }
    } else {
      int i = 0;
      for (Object element : value instanceof Object[] ? Arrays.asList((Object[]) value) : (Collection<?>) value) {
        checkJson(problems, path + "[" + i++ + "]", element, depth + 1, seen);
      }
    }
    seen.remove(value);
  }
}
