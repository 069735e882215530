package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.ScreeningChecks;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /phone/send/}: send a one-time code to a number, over WhatsApp by default (falling back to
 * SMS). The code is valid 5 minutes from the first send; sending again while one is pending re-sends it
 * ({@code Retry}, once), a further send starts a new verification.
 *
 * <pre>{@code
 * DiditPhoneSendRequest request = DiditPhoneSendRequest.builder()
 *     .phoneNumber("+14155552671").preferredChannel("sms").codeSize(6).build();
 * }</pre>
 */
public final class DiditPhoneSendRequest {
  private final Map<String, Object> fields;

  private DiditPhoneSendRequest(Map<String, Object> fields) {
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
   * Returns a send to one number with Didit's default options.
   *
   * @param phoneNumber the number in E.164 format
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if the number is missing or invalid
   */
  public static DiditPhoneSendRequest of(@Nullable String phoneNumber) {
    return builder().phoneNumber(phoneNumber).build();
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
    return o instanceof DiditPhoneSendRequest && fields.equals(((DiditPhoneSendRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditPhoneSendRequest", fields);
  }

  /**
   * Builds {@link DiditPhoneSendRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the number in E.164 format, such as {@code +14155552671}. Required.
     *
     * @param phoneNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder phoneNumber(@Nullable String phoneNumber) {
      f.set("phone_number", "phoneNumber", phoneNumber);
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
     * Sets the language of the message, such as {@code en-US} (sent in {@code options}).
     *
     * @param locale the value; null to leave it unset
     * @return this builder
     */
    public Builder locale(@Nullable String locale) {
      o.set("locale", "locale", locale);
      return this;
    }

    /**
     * Sets the channel to try first: {@code whatsapp} (Didit's default), {@code sms}, {@code telegram}, {@code voice}, {@code rcs}, {@code viber} or {@code zalo} (sent in {@code options}).
     *
     * @param preferredChannel the value; null to leave it unset
     * @return this builder
     */
    public Builder preferredChannel(@Nullable String preferredChannel) {
      o.set("preferred_channel", "preferredChannel", preferredChannel);
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
    public DiditPhoneSendRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      ScreeningChecks.requirePhone(problems, "phoneNumber", f.text("phone_number"));

      o.check(problems);
      Map<String, Object> options = o.snapshot();
      ScreeningChecks.checkOptions(problems, options);
      f.set("options", "options", options.isEmpty() ? null : options);
      problems.throwIfAny();
      return new DiditPhoneSendRequest(f.snapshot());
    }
  }
}
