package dev.onboardkit.didit.lists;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The query of {@code GET /lists/}: filters, order and paging. Only the parameters set are sent.
 */
public final class DiditListsParams {
  private final Map<String, Object> fields;

  private DiditListsParams(Map<String, Object> fields) {
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
  public static DiditListsParams none() {
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
   * @param wireName the wire name, such as {@code "list_type"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditListsParams && fields.equals(((DiditListsParams) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set. */
  @Override
  public String toString() {
    return WireFields.describe("DiditListsParams", fields);
  }

  /**
   * Builds {@link DiditListsParams}. Setters accept null, which leaves a member unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Keeps lists of one kind.
     *
     * @param listType the value; null to leave it unset
     * @return this builder
     */
    public Builder listType(@Nullable DiditListType listType) {
      f.constant("list_type", "listType", listType);
      return this;
    }

    /**
     * Keeps lists holding one entry type.
     *
     * @param entryType the value; null to leave it unset
     * @return this builder
     */
    public Builder entryType(@Nullable DiditListEntryType entryType) {
      f.constant("entry_type", "entryType", entryType);
      return this;
    }

    /**
     * Sets the order: {@code created_at}, {@code entry_count} or {@code last_entry_added_at}, each with a leading
     * {@code -} for descending.
     *
     * @param ordering the value; null to leave it unset
     * @return this builder
     */
    public Builder ordering(@Nullable String ordering) {
      f.set("ordering", "ordering", ordering);
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
    public DiditListsParams build() {
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
      return new DiditListsParams(f.snapshot());
    }
  }
}
