package dev.onboardkit.didit.users;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The page of {@code GET /users/} (limit/offset). Every member is optional.
 */
public final class DiditListUsersParams {
  private final Map<String, Object> fields;

  private DiditListUsersParams(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * Starts a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns parameters with nothing set: every user, from the start, in pages of the server's default size.
   *
   * @return the parameters
   */
  public static DiditListUsersParams none() {
    return builder().build();
  }

  /**
   * Returns the JSON members that will be sent, keyed by wire name in the order they were set.
   *
   * @return the members; unmodifiable
   */
  @JsonValue
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns whether a member is sent.
   *
   * @param wireName the JSON name, such as {@code "limit"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditListUsersParams && fields.equals(((DiditListUsersParams) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditListUsersParams", fields);
  }

  /**
   * Builds {@link DiditListUsersParams}. Setters accept null, which leaves a field unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the page size.
     *
     * @param limit one or more; null for the server's default
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      f.set("limit", "limit", limit);
      return this;
    }

    /**
     * Sets where the first page starts (the number of users to skip).
     *
     * @param offset zero or more; null for the start
     * @return this builder
     */
    public Builder offset(@Nullable Integer offset) {
      f.set("offset", "offset", offset);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditListUsersParams build() {
      Problems problems = new Problems();
      f.check(problems);
      Object limit = f.get("limit");
      if (limit instanceof Integer && (Integer) limit < 1) {
        problems.add("limit", "must be at least 1");
      }
      Object offset = f.get("offset");
      if (offset instanceof Integer && (Integer) offset < 0) {
        problems.add("offset", "must not be negative");
      }
      problems.throwIfAny();
      return new DiditListUsersParams(f.snapshot());
    }
  }
}
