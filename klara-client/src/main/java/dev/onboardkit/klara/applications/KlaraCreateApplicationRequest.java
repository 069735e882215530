package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.RequestStyle;
import dev.onboardkit.klara.internal.KlaraValidation;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The body of {@code POST /applications}.
 *
 * <pre>{@code
 * KlaraCreateApplicationRequest request = KlaraCreateApplicationRequest.builder()
 *     .configId("kyc-standard")
 *     .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
 *     .companyName("Acme Financial Ltd")
 *     .companyNumber("12345678")
 *     .country("GB")
 *     .preAuth(true)
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} checks every field and reports all problems in one
 * {@link dev.onboardkit.core.error.InvalidRequestException}: {@code configId}, {@code primaryContact.name},
 * {@code primaryContact.email} (a valid address), {@code companyName} and {@code country} (ISO 3166-1 alpha-2) are
 * required; for {@code GB}, {@code companyNumber} is required and must be a Companies House number. The country is
 * upper-cased, and short all-digit Companies House numbers are left-padded with zeros.
 */
@Value.Immutable
@RequestStyle
@JsonSerialize(as = ImmutableKlaraCreateApplicationRequest.class)
public abstract class KlaraCreateApplicationRequest {
  KlaraCreateApplicationRequest() {}

  /**
   * Returns the application config id, which must belong to the API key's organization.
   *
   * @return the config id, such as {@code kyc-standard}; null only while building
   */
  public abstract @Nullable String configId();

  /**
   * Returns the contact who completes the application.
   *
   * @return the contact; null only while building
   */
  public abstract @Nullable KlaraPrimaryContact primaryContact();

  /**
   * Returns the name of the company being onboarded. For {@code GB} it must match the Companies House register.
   *
   * @return the company name; null only while building
   */
  public abstract @Nullable String companyName();

  /**
   * Returns the company registration number, required for {@code GB}.
   *
   * @return the company number; null when not given (then it is not sent)
   */
  public abstract @Nullable String companyNumber();

  /**
   * Returns the ISO 3166-1 alpha-2 country code, upper case.
   *
   * @return the country, such as {@code GB}; null only while building
   */
  public abstract @Nullable String country();

  /**
   * Returns whether Klara issues a pre-authentication code (valid 72 hours) that lets the contact skip email
   * verification. Null (not set) means the server default, false.
   *
   * @return the pre-auth flag; null when not set (then it is not sent)
   */
  public abstract @Nullable Boolean preAuth();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KlaraCreateApplicationRequest}; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableKlaraCreateApplicationRequest.Builder {
    Builder() {}

    /**
     * Sets the primary contact.
     *
     * @param name the contact's full name
     * @param email the contact's email address
     * @param role the contact's role in the company, or null
     * @return this builder
     */
    public Builder primaryContact(@Nullable String name, @Nullable String email, @Nullable String role) {
      primaryContact(KlaraPrimaryContact.of(name, email, role));
      return this;
    }
  }

  @Value.Check
  KlaraCreateApplicationRequest validate() {
    Problems problems = new Problems();
    problems.requireText("configId", configId(), KlaraValidation.MAX_TEXT);
    KlaraPrimaryContact contact = KlaraValidation.contact(problems, primaryContact());
    problems.requireText("companyName", companyName(), KlaraValidation.MAX_TEXT);
    String country = KlaraValidation.country(problems, "country", country());
    String number = KlaraValidation.companyNumber(problems, "companyNumber", country, companyNumber());
    problems.throwIfAny();
    if (Objects.equals(country, country()) && Objects.equals(number, companyNumber())
        && contact == primaryContact()) {
      return this;
    }
    return builder().from(this).country(country).companyNumber(number)
        .primaryContact(contact).build();
  }
}
