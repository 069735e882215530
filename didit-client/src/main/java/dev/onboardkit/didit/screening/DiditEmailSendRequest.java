package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.ScreeningChecks;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /email/send/}: send a one-time code to an address. The code is valid 5 minutes; sending again
 * while one is pending re-sends it ({@code Retry}).
 *
 * <pre>{@code
 * DiditEmailSendRequest request = DiditEmailSendRequest.builder()
 *     .email("ana@example.com").codeSize(6).locale("es").vendorData("user-42").build();
 * }</pre>
 */
public final class DiditEmailSendRequest {
  private final Map<String, Object> fields;

  private DiditEmailSendRequest(Map<String, Object> fields) {
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
   * Returns a send to one address with Didit's default options.
   *
   * @param email the address
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if the address is missing or invalid
   */
  public static DiditEmailSendRequest of(@Nullable String email) {
    return builder().email(email).build();
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
    return o instanceof DiditEmailSendRequest && fields.equals(((DiditEmailSendRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditEmailSendRequest", fields);
  }

  /**
   * Builds {@link DiditEmailSendRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the address to verify. Required.
     *
     * @param email the value; null to leave it unset
     * @return this builder
     */
    public Builder email(@Nullable String email) {
      f.set("email", "email", email);
      return this;
    }

    private final WireFields o = new WireFields();

    /**
     * Sets the code's length, 4 to 8 (sent in {@code options}).
     *
     * @param codeSize the value; null to leave it unset
     * @return this builder
     */
    public Builder codeSize(@Nullable Integer codeSize) {
      o.set("code_size", "codeSize", codeSize);
      return this;
    }

    /**
     * Sets whether the code mixes letters and digits (sent in {@code options}).
     *
     * @param alphanumericCode the value; null to leave it unset
     * @return this builder
     */
    public Builder alphanumericCode(@Nullable Boolean alphanumericCode) {
      o.set("alphanumeric_code", "alphanumericCode", alphanumericCode);
      return this;
    }

    /**
     * Sets the language of the email, such as {@code en} or {@code es-ES} (sent in {@code options}).
     *
     * @param locale the value; null to leave it unset
     * @return this builder
     */
    public Builder locale(@Nullable String locale) {
      o.set("locale", "locale", locale);
      return this;
    }

    /**
     * Sets device and network signals about the user ({@code ip}, {@code device_id}, {@code user_agent}, ...),
     * forwarded to the anti-fraud layer.
     *
     * @param signals the value; null to leave it unset
     * @return this builder
     */
    public Builder signals(@Nullable Map<String, ?> signals) {
      f.object("signals", "signals", signals);
      return this;
    }

    /**
     * Sets your identifier of the person or business (your user id, a UUID), saved with the check and echoed back.
     *
     * @param vendorData the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorData(@Nullable String vendorData) {
      f.set("vendor_data", "vendorData", vendorData);
      return this;
    }

    /**
     * Sets free-form JSON saved with the check and echoed back.
     *
     * @param metadata the value; null to leave it unset
     * @return this builder
     */
    public Builder metadata(@Nullable Map<String, ?> metadata) {
      f.object("metadata", "metadata", metadata);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditEmailSendRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      ScreeningChecks.requireEmail(problems, "email", f.text("email"));

      o.check(problems);
      Map<String, Object> options = o.snapshot();
      ScreeningChecks.checkOptions(problems, options);
      f.set("options", "options", options.isEmpty() ? null : options);
      problems.throwIfAny();
      return new DiditEmailSendRequest(f.snapshot());
    }
  }
}
