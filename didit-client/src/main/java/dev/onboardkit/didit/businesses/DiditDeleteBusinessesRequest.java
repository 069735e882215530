package dev.onboardkit.didit.businesses;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.List;
import java.util.Map;

/**
 * Which businesses {@code POST /businesses/delete/} deletes: by your identifiers, by Didit's internal ids, or both;
 * at least one id in total. To delete every business, call {@code deleteAll()} instead.
 */
public final class DiditDeleteBusinessesRequest {
  private final Map<String, Object> fields;

  private DiditDeleteBusinessesRequest(Map<String, Object> fields) {
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
   * Returns a request deleting the businesses with these {@code vendor_data}.
   *
   * @param vendorDataList the identifiers, at least one
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if the list is null, empty or holds null
   */
  public static DiditDeleteBusinessesRequest ofVendorData(@Nullable List<String> vendorDataList) {
    return builder().vendorDataList(vendorDataList).build();
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
   * @param wireName the JSON name, such as {@code "vendor_data_list"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditDeleteBusinessesRequest && fields.equals(((DiditDeleteBusinessesRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditDeleteBusinessesRequest", fields);
  }

  /**
   * Builds {@link DiditDeleteBusinessesRequest}. Setters accept null, which leaves a field unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the {@code vendor_data} of the businesses to delete.
     *
     * @param vendorDataList the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorDataList(@Nullable List<String> vendorDataList) {
      f.list("vendor_data_list", "vendorDataList", vendorDataList);
      return this;
    }

    /**
     * Sets Didit's internal ids of the businesses to delete ({@code DiditBusiness#diditInternalId()}).
     *
     * @param diditInternalIdList the value; null to leave it unset
     * @return this builder
     */
    public Builder diditInternalIdList(@Nullable List<String> diditInternalIdList) {
      f.list("didit_internal_id_list", "diditInternalIdList", diditInternalIdList);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditDeleteBusinessesRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      int ids = 0;
      for (String wire : List.of("vendor_data_list", "didit_internal_id_list")) {
        Object list = f.get(wire);
        ids += list instanceof List ? ((List<?>) list).size() : 0;
      }
      if (ids == 0) {
        problems.add("vendorDataList",
            "must hold at least one id, or diditInternalIdList must; call deleteAll() to delete every business");
      }
      problems.throwIfAny();
      return new DiditDeleteBusinessesRequest(f.snapshot());
    }
  }
}
