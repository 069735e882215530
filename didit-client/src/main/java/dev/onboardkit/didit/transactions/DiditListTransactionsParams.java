package dev.onboardkit.didit.transactions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The page of {@code GET /transactions/}: its size and where it starts. The list has no filters; it is newest first.
 */
public final class DiditListTransactionsParams {
  private final Map<String, Object> fields;

  private DiditListTransactionsParams(Map<String, Object> fields) {
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
   * Returns parameters with nothing set: from the newest transaction, in pages of the server's default size.
   *
   * @return the parameters
   */
  public static DiditListTransactionsParams none() {
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
   * @param wireName the JSON name
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditListTransactionsParams && fields.equals(((DiditListTransactionsParams) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditListTransactionsParams", fields);
  }

  /**
   * Builds {@link DiditListTransactionsParams}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the page size (Didit's default: 50).
     *
     * @param limit the value; null to leave it unset
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      f.set("limit", "limit", limit);
      return this;
    }

    /**
     * Sets where the first page starts (zero-based); later pages follow the server's {@code next} link.
     *
     * @param offset the value; null to leave it unset
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
    public DiditListTransactionsParams build() {
      Problems problems = new Problems();
      f.check(problems);
      Object limit = f.get("limit");
      if (limit != null && (Integer) limit < 1) {
        problems.add("limit", "must be at least 1");
      }
      Object offset = f.get("offset");
      if (offset != null && (Integer) offset < 0) {
        problems.add("offset", "must be zero or more");
      }
      problems.throwIfAny();
      return new DiditListTransactionsParams(f.snapshot());
    }
  }
}
