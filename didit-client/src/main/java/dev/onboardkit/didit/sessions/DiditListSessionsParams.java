package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.time.LocalDate;
import java.util.Map;

/**
 * The filters and page of {@code GET /sessions/}. Every member is optional; the server pages 20 sessions at a time by
 * default.
 *
 * <pre>{@code
 * DiditListSessionsParams params = DiditListSessionsParams.builder()
 *     .status(DiditSessionStatus.DECLINED).dateFrom(LocalDate.of(2026, 1, 1)).limit(50).build();
 * }</pre>
 */
public final class DiditListSessionsParams {
  private final Map<String, Object> fields;

  private DiditListSessionsParams(Map<String, Object> fields) {
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
   * Returns parameters with nothing set: every session, from the start, in pages of the server's default size.
   *
   * @return the parameters
   */
  public static DiditListSessionsParams none() {
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
   * @param wireName the JSON name, such as {@code "status"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditListSessionsParams && fields.equals(((DiditListSessionsParams) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditListSessionsParams", fields);
  }

  /**
   * Builds {@link DiditListSessionsParams}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Filters by status given as its wire value, such as {@code "In Review"}, including a status this SDK
     * does not know yet.
     *
     * @param statusRaw the value; null to leave it unset
     * @return this builder
     */
    public Builder statusRaw(@Nullable String statusRaw) {
      f.set("status", "statusRaw", statusRaw);
      return this;
    }

    /**
     * Filters by kind: {@code user}, {@code business} or {@code all}.
     *
     * @param sessionKind the value; null to leave it unset
     * @return this builder
     */
    public Builder sessionKind(@Nullable String sessionKind) {
      f.set("session_kind", "sessionKind", sessionKind);
      return this;
    }

    /**
     * Filters by your identifier for the user.
     *
     * @param vendorData the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorData(@Nullable String vendorData) {
      f.set("vendor_data", "vendorData", vendorData);
      return this;
    }

    /**
     * Filters by workflow.
     *
     * @param workflowId the value; null to leave it unset
     * @return this builder
     */
    public Builder workflowId(@Nullable String workflowId) {
      f.set("workflow_id", "workflowId", workflowId);
      return this;
    }

    /**
     * Filters by country (ISO 3166-1 alpha-3).
     *
     * @param country the value; null to leave it unset
     * @return this builder
     */
    public Builder country(@Nullable String country) {
      f.set("country", "country", country);
      return this;
    }

    /**
     * Filters by free text.
     *
     * @param search the value; null to leave it unset
     * @return this builder
     */
    public Builder search(@Nullable String search) {
      f.set("search", "search", search);
      return this;
    }

    /**
     * Lists sessions created on or after this date.
     *
     * @param dateFrom the value; null to leave it unset
     * @return this builder
     */
    public Builder dateFrom(@Nullable LocalDate dateFrom) {
      f.date("date_from", "dateFrom", dateFrom);
      return this;
    }

    /**
     * Lists sessions created on or before this date.
     *
     * @param dateTo the value; null to leave it unset
     * @return this builder
     */
    public Builder dateTo(@Nullable LocalDate dateTo) {
      f.date("date_to", "dateTo", dateTo);
      return this;
    }

    /**
     * Sets the page size (the server's default is 20).
     *
     * @param limit one or more; null for the default
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      f.set("limit", "limit", limit);
      return this;
    }

    /**
     * Sets where the first page starts.
     *
     * @param offset zero or more; null for the start
     * @return this builder
     */
    public Builder offset(@Nullable Integer offset) {
      f.set("offset", "offset", offset);
      return this;
    }

    /**
     * Filters by status.
     *
     * @param status the status; null to leave the filter unset
     * @return this builder
     */
    public Builder status(@Nullable DiditSessionStatus status) {
      f.constant("status", "status", status);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditListSessionsParams build() {
      Problems problems = new Problems();
      f.check(problems);
      String kind = f.text("session_kind");
      if (kind != null && !kind.equals("user") && !kind.equals("business") && !kind.equals("all")) {
        problems.add("sessionKind", "must be user, business or all");
      }
      Object limit = f.get("limit");
      if (limit instanceof Integer && (Integer) limit < 1) {
        problems.add("limit", "must be at least 1");
      }
      Object offset = f.get("offset");
      if (offset instanceof Integer && (Integer) offset < 0) {
        problems.add("offset", "must not be negative");
      }
      problems.throwIfAny();
      return new DiditListSessionsParams(f.snapshot());
    }
  }
}
