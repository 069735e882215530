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
 * <p>{@code build()} refuses only what Klara's API reference documents as rejected, and reports every problem at
 * once in one {@link dev.onboardkit.core.error.InvalidRequestException}: {@code configId} and
 * {@code primaryContact.email} are required (the reference's error: "config_id and primary_contact.email are
 * required"), and the email must be a valid address ("Invalid email address for primary_contact.email"). Values given
 * for other fields have their format checked: {@code country} must be an ISO 3166-1 alpha-2 code, and for {@code GB}
 * a {@code companyNumber} must be shaped like a Companies House number. {@code companyName}, {@code country},
 * {@code companyNumber} and the contact's name and role are optional: the quickstart calls the company fields
 * required, the reference does not, and the SDK accepts both documented shapes and lets the server decide.
 *
 * <p>Normalisation, visible on the built request (its accessors and {@code toString()} show exactly what is sent):
 * the country is trimmed and upper-cased ({@code gb} becomes {@code GB}); the email is trimmed; a company number is
 * trimmed, and for {@code GB} upper-cased and, when all digits and shorter than 8, left-padded with zeros to the
 * register's 8 characters ({@code 1234567} becomes {@code 01234567}, {@code sc123456} becomes {@code SC123456}).
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
   * Returns the name of the company being onboarded, sent as given. For {@code GB} Klara checks it against the
   * Companies House register.
   *
   * @return the company name; null when not given (then it is not sent)
   */
  public abstract @Nullable String companyName();

  /**
   * Returns the company registration number, as sent. For {@code GB} the builder normalises it to the Companies House
   * register's form: trimmed, upper case, and an all-digit number shorter than 8 digits left-padded with zeros
   * ({@code 1234567} is sent as {@code 01234567}); other countries' numbers are only trimmed. The built request
   * returns (and {@code toString()} shows) the normalised value.
   *
   * @return the company number; null when not given (then it is not sent)
   */
  public abstract @Nullable String companyNumber();

  /**
   * Returns the ISO 3166-1 alpha-2 country code, as sent: the builder trims and upper-cases it.
   *
   * @return the country, such as {@code GB}; null when not given (then it is not sent)
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

  /**
   * Builds {@link KlaraCreateApplicationRequest}; {@code build()} reports every problem at once.
   *
   * <p>{@code companyNumber(number)}: for {@code GB} the built request holds the number normalised to the Companies
   * House register's form (trimmed, upper case, all-digit numbers left-padded with zeros to 8 digits), which is what
   * is sent; see {@link KlaraCreateApplicationRequest#companyNumber()}. {@code country(code)} is trimmed and
   * upper-cased, and the contact's email trimmed, the same way.
   */
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
    problems.requireText("configId", configId(), Integer.MAX_VALUE);
    KlaraPrimaryContact contact = KlaraValidation.contact(problems, primaryContact(), false);
    String country = KlaraValidation.country(problems, "country", country(), false);
    String number = KlaraValidation.companyNumber(problems, "companyNumber", country, companyNumber(), false);
    problems.throwIfAny();
    if (Objects.equals(country, country()) && Objects.equals(number, companyNumber())
        && contact == primaryContact()) {
      return this;
    }
    return builder().from(this).country(country).companyNumber(number)
        .primaryContact(contact).build();
  }
}
