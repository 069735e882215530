package dev.onboardkit.didit.lists;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The query of {@code GET /lists/{uuid}/entries/}: a search and paging. Only the parameters set are sent.
 */
public final class DiditListEntriesParams {
  private final Map<String, Object> fields;

  private DiditListEntriesParams(Map<String, Object> fields) {
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
   * Returns parameters with nothing set: the server's defaults.
   *
   * @return the parameters
   */
  public static DiditListEntriesParams none() {
    return builder().build();
  }

  /**
   * Returns the query parameters that will be sent, keyed by wire name in the order they were set.
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
   * @param wireName the wire name, such as {@code "search"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditListEntriesParams && fields.equals(((DiditListEntriesParams) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set. */
  @Override
  public String toString() {
    return WireFields.describe("DiditListEntriesParams", fields);
  }

  /**
   * Builds {@link DiditListEntriesParams}. Setters accept null, which leaves a member unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Keeps entries whose value or label contains this text.
     *
     * @param search the value; null to leave it unset
     * @return this builder
     */
    public Builder search(@Nullable String search) {
      f.set("search", "search", search);
      return this;
    }

    /**
     * Sets the page size (Didit's default: 25); later pages keep it.
     *
     * @param limit the value; null to leave it unset
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      f.set("limit", "limit", limit);
      return this;
    }

    /**
     * Sets where the first page starts.
     *
     * @param offset the value; null to leave it unset
     * @return this builder
     */
    public Builder offset(@Nullable Integer offset) {
      f.set("offset", "offset", offset);
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditListEntriesParams build() {
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
      return new DiditListEntriesParams(f.snapshot());
    }
  }
}
