package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /session/imports/}: a bulk import job reading a hosted CSV or NDJSON file in Didit's
 * canonical schema (see {@code imports().template()}), for example to migrate historical verifications. Only
 * {@code source_file_url} is required. To label a row's source, put the optional {@code provider} column in the file
 * itself; there is no provider request member.
 *
 * <pre>{@code
 * DiditImport job = client.sessions().imports().create(DiditCreateImportRequest.builder()
 *     .sourceFileUrl("https://files.example.com/kyc-export.csv").importType(DiditImportType.USER_VERIFICATION)
 *     .sourceFormat(DiditImportFormat.CSV).build());
 * }</pre>
 */
public final class DiditCreateImportRequest {
  private final Map<String, Object> fields;

  private DiditCreateImportRequest(Map<String, Object> fields) {
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
   * Returns a request importing the file at this URL with the server's defaults (user verifications, CSV).
   *
   * @param sourceFileUrl the publicly fetchable http(s) URL of the file
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if the URL is null, blank or not an http(s) URL
   */
  public static DiditCreateImportRequest of(@Nullable String sourceFileUrl) {
    return builder().sourceFileUrl(sourceFileUrl).build();
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
   * @param wireName the JSON name, such as {@code "source_file_url"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditCreateImportRequest && fields.equals(((DiditCreateImportRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditCreateImportRequest", fields);
  }

  /**
   * Builds {@link DiditCreateImportRequest}. Setters accept null, which leaves a field unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the publicly fetchable http(s) URL of the file to import (required).
     *
     * @param sourceFileUrl the value; null to leave it unset
     * @return this builder
     */
    public Builder sourceFileUrl(@Nullable String sourceFileUrl) {
      f.set("source_file_url", "sourceFileUrl", sourceFileUrl);
      return this;
    }

    /**
     * Sets what the rows represent (the server's default is {@code user_verification}).
     *
     * @param importType the value; null to leave it unset
     * @return this builder
     */
    public Builder importType(@Nullable DiditImportType importType) {
      f.constant("import_type", "importType", importType);
      return this;
    }

    /**
     * Sets the file format (the server's default is {@code csv}).
     *
     * @param sourceFormat the value; null to leave it unset
     * @return this builder
     */
    public Builder sourceFormat(@Nullable DiditImportFormat sourceFormat) {
      f.constant("source_format", "sourceFormat", sourceFormat);
      return this;
    }

    /**
     * Sets the workflow the imported sessions are associated with.
     *
     * @param workflowId the value; null to leave it unset
     * @return this builder
     */
    public Builder workflowId(@Nullable String workflowId) {
      f.set("workflow_id", "workflowId", workflowId);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditCreateImportRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      if (problems.requireText("sourceFileUrl", f.text("source_file_url"), Integer.MAX_VALUE)) {
        problems.checkHttpUrl("sourceFileUrl", f.text("source_file_url"));
      }
      problems.throwIfAny();
      return new DiditCreateImportRequest(f.snapshot());
    }
  }
}
