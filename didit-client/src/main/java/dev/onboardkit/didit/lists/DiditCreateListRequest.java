package dev.onboardkit.didit.lists;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /lists/}: a new allowlist or custom list. System blocklists (one per entry type) are
 * created by Didit and cannot be created here. The name must be unique in the application.
 *
 * <pre>{@code
 * DiditCreateListRequest request = DiditCreateListRequest.builder()
 *     .name("Trusted IPs")                                    // required
 *     .listType(DiditListType.ALLOWLIST)                      // required
 *     .entryType(DiditListEntryType.IP_ADDRESS)               // required
 *     .build();
 * }</pre>
 */
public final class DiditCreateListRequest {
  private final Map<String, Object> fields;

  private DiditCreateListRequest(Map<String, Object> fields) {
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
    return o instanceof DiditCreateListRequest && fields.equals(((DiditCreateListRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set. */
  @Override
  public String toString() {
    return WireFields.describe("DiditCreateListRequest", fields);
  }

  /**
   * Builds {@link DiditCreateListRequest}. Setters accept null, which leaves a member unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the list's name (required), unique in the application.
     *
     * @param name the value; null to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      f.set("name", "name", name);
      return this;
    }

    /**
     * Sets the kind (required): {@link DiditListType#ALLOWLIST} or {@link DiditListType#CUSTOM}.
     *
     * @param listType the value; null to leave it unset
     * @return this builder
     */
    public Builder listType(@Nullable DiditListType listType) {
      f.constant("list_type", "listType", listType);
      return this;
    }

    /**
     * Sets what the list holds (required).
     *
     * @param entryType the value; null to leave it unset
     * @return this builder
     */
    public Builder entryType(@Nullable DiditListEntryType entryType) {
      f.constant("entry_type", "entryType", entryType);
      return this;
    }

    /**
     * Sets a description.
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
    public DiditCreateListRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      String name = f.text("name");
      if (problems.requireNonNull("name", name) && name.isBlank()) {
        problems.add("name", "must not be blank");
      }
      Object listType = f.get("list_type");
      if (problems.requireNonNull("listType", listType) && "blocklist".equals(listType)) {
        problems.add("listType", "must be allowlist or custom: blocklists are created by Didit");
      }
      problems.requireNonNull("entryType", f.get("entry_type"));
      problems.throwIfAny();
      return new DiditCreateListRequest(f.snapshot());
    }
  }
}
