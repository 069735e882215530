package dev.onboardkit.didit.lists;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code PATCH /lists/{uuid}/}: a new name or description for an allowlist or custom list (system
 * blocklists cannot be changed). Only the members set are sent.
 */
public final class DiditListUpdate {
  private final Map<String, Object> fields;

  private DiditListUpdate(Map<String, Object> fields) {
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
   * @param wireName the wire name, such as {@code "name"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditListUpdate && fields.equals(((DiditListUpdate) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set. */
  @Override
  public String toString() {
    return WireFields.describe("DiditListUpdate", fields);
  }

  /**
   * Builds {@link DiditListUpdate}. Setters accept null, which leaves a member unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the new name, unique in the application.
     *
     * @param name the value; null to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      f.set("name", "name", name);
      return this;
    }

    /**
     * Sets the new description.
     *
     * @param description the value; null to leave it unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      f.set("description", "description", description);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditListUpdate build() {
      Problems problems = new Problems();
      f.check(problems);
      problems.throwIfAny();
      return new DiditListUpdate(f.snapshot());
    }
  }
}
