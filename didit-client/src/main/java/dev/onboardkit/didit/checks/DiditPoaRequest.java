package dev.onboardkit.didit.checks;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.UploadSpec;
import dev.onboardkit.didit.internal.UploadSpecs;
import dev.onboardkit.didit.internal.WireFields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request of proof-of-address verification ({@code POST /poa/}): one document (a utility bill, a bank
 * statement, a government letter) as an image or PDF of at most 15 MB, and what to compare it with. Extraction
 * takes 5 to 15 seconds, up to about 30 for long PDFs: give the call a read timeout of at least 45 seconds
 * (RequestOptions).
 *
 * <pre>{@code
 * DiditPoaRequest request = DiditPoaRequest.builder()
 *     .document(FileUpload.of(Path.of("utility-bill.pdf")))    // required
 *     .expectedAddress("Av. Monseñor Tavella 1291, Salta")
 *     .build();
 * }</pre>
 *
 * <p>Files are checked when the request is built (see {@link FileUpload}): a missing required file, a path that
 * cannot be read, an empty file, or one over its limit is reported with every other problem in one {@link
 * dev.onboardkit.core.error.InvalidRequestException}. Text fields are sent as multipart form fields; booleans and
 * numbers as their text.
 */
public final class DiditPoaRequest {
  private static final UploadSpec SPEC = UploadSpecs.POA;

  private final Map<String, FileUpload> files;
  private final Map<String, Object> fields;

  private DiditPoaRequest(Map<String, FileUpload> files, Map<String, Object> fields) {
    this.files = files;
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
   * Returns the files that will be sent, keyed by part name in the form's order.
   *
   * @return the files; unmodifiable
   */
  public Map<String, FileUpload> files() {
    return files;
  }

  /**
   * Returns the text fields that will be sent, keyed by wire name in the order they were set.
   *
   * @return the fields; unmodifiable
   */
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns whether a part or field is sent.
   *
   * @param wireName the part or field name, such as {@code "vendor_data"}
   * @return true if it is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && (files.containsKey(wireName) || fields.containsKey(wireName));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditPoaRequest && files.equals(((DiditPoaRequest) o).files)
        && fields.equals(((DiditPoaRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return 31 * files.hashCode() + fields.hashCode();
  }

  /** Returns the files (by name, media type and size; never their content) and the fields set. */
  @Override
  public String toString() {
    return UploadSpec.describe("DiditPoaRequest", files, fields);
  }

  /**
   * Builds {@link DiditPoaRequest}. Setters accept null, which leaves a part or field unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final Map<String, FileUpload> files = new LinkedHashMap<>();
    private final WireFields f = new WireFields();
    private boolean unnamedOption;

    Builder() {}

    /**
     * Sets the document (required): PDF, JPEG, PNG, WebP or TIFF, at most 15 MB.
     *
     * @param document the file; null to leave it unset
     * @return this builder
     */
    public Builder document(@Nullable FileUpload document) {
      files.put("document", document);
      return this;
    }

    /**
     * Sets your identifier for the user (such as a UUID or an email), linking the result to them.
     *
     * @param vendorData the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorData(@Nullable String vendorData) {
      f.set("vendor_data", "vendorData", vendorData);
      return this;
    }

    /**
     * Sets the address the document should show.
     *
     * @param expectedAddress the value; null to leave it unset
     * @return this builder
     */
    public Builder expectedAddress(@Nullable String expectedAddress) {
      f.set("expected_address", "expectedAddress", expectedAddress);
      return this;
    }

    /**
     * Sets the country the document should be from (an ISO 3166-1 code).
     *
     * @param expectedCountry the value; null to leave it unset
     * @return this builder
     */
    public Builder expectedCountry(@Nullable String expectedCountry) {
      f.set("expected_country", "expectedCountry", expectedCountry);
      return this;
    }

    /**
     * Sets the first name the document should show.
     *
     * @param expectedFirstName the value; null to leave it unset
     * @return this builder
     */
    public Builder expectedFirstName(@Nullable String expectedFirstName) {
      f.set("expected_first_name", "expectedFirstName", expectedFirstName);
      return this;
    }

    /**
     * Sets the last name the document should show.
     *
     * @param expectedLastName the value; null to leave it unset
     * @return this builder
     */
    public Builder expectedLastName(@Nullable String expectedLastName) {
      f.set("expected_last_name", "expectedLastName", expectedLastName);
      return this;
    }

    /**
     * Sets whether Didit keeps the call as a session in the Business Console (its default: true); with false
     * nothing is stored and the request id cannot be looked up later.
     *
     * @param saveApiRequest the value; null to leave it unset
     * @return this builder
     */
    public Builder saveApiRequest(@Nullable Boolean saveApiRequest) {
      f.set("save_api_request", "saveApiRequest", saveApiRequest);
      return this;
    }

    /**
     * Sets a form field this SDK does not name (Didit adds options over time); sent as its text.
     *
     * @param wireName the field name, such as {@code "rotate_image"}
     * @param value the value; null to remove the field
     * @return this builder
     */
    public Builder option(@Nullable String wireName, @Nullable Object value) {
      if (wireName == null || wireName.isBlank()) {
        unnamedOption = true;
      } else {
        f.set(wireName, "option(" + wireName + ")", value);
      }
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditPoaRequest build() {
      Problems problems = new Problems();
      SPEC.check(problems, files);
      f.check(problems);
      if (unnamedOption) {
        problems.add("option", "needs a field name");
      }
      problems.throwIfAny();
      return new DiditPoaRequest(SPEC.snapshot(files), f.snapshot());
    }
  }
}
