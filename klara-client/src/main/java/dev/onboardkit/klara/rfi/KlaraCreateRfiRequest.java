package dev.onboardkit.klara.rfi;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.RequestStyle;
import dev.onboardkit.klara.applications.KlaraPrimaryContact;
import dev.onboardkit.klara.internal.KlaraValidation;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The body of {@code POST /rfi-requests}, which opens a request for information with a company.
 *
 * <pre>{@code
 * KlaraCreateRfiRequest request = KlaraCreateRfiRequest.builder()
 *     .companyName("Acme Financial Ltd")
 *     .country("GB")
 *     .companyNumber("12345678")
 *     .primaryContact(KlaraPrimaryContact.of("Sophie Mitchell", "sophie@acme.com", "CEO"))
 *     .preAuthenticated(true)
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} reports every problem at once: {@code companyName}, {@code country} (ISO 3166-1 alpha-2),
 * {@code primaryContact.name} and a valid {@code primaryContact.email} are required; for {@code GB},
 * {@code companyNumber} is required and must be a Companies House number; {@code agentId} must be a UUID. Note the
 * wire name {@code pre_authenticated} (applications use {@code pre_auth}); its code expires after 10 minutes.
 */
@Value.Immutable
@RequestStyle
@JsonSerialize(as = ImmutableKlaraCreateRfiRequest.class)
public abstract class KlaraCreateRfiRequest {
  KlaraCreateRfiRequest() {}

  /**
   * Returns the company name.
   *
   * @return the company name; null only while building
   */
  public abstract @Nullable String companyName();

  /**
   * Returns the ISO 3166-1 alpha-2 country code, upper case.
   *
   * @return the country; null only while building
   */
  public abstract @Nullable String country();

  /**
   * Returns the company registration number, required for {@code GB}.
   *
   * @return the company number; null when not given (then it is not sent)
   */
  public abstract @Nullable String companyNumber();

  /**
   * Returns the contact who answers the request.
   *
   * @return the contact; null only while building
   */
  public abstract @Nullable KlaraPrimaryContact primaryContact();

  /**
   * Returns the id (a UUID) of the agent handling the request; the organization's active agent when absent.
   *
   * @return the agent id; null when not given (then it is not sent)
   */
  public abstract @Nullable String agentId();

  /**
   * Returns whether a pre-authentication code (valid 10 minutes) is issued. Null (not set) means the server default,
   * false.
   *
   * @return the flag; null when not set (then it is not sent)
   */
  public abstract @Nullable Boolean preAuthenticated();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KlaraCreateRfiRequest}; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableKlaraCreateRfiRequest.Builder {
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
  KlaraCreateRfiRequest validate() {
    Problems problems = new Problems();
    problems.requireText("companyName", companyName(), KlaraValidation.MAX_TEXT);
    String country = KlaraValidation.country(problems, "country", country());
    String number = KlaraValidation.companyNumber(problems, "companyNumber", country, companyNumber());
    KlaraPrimaryContact contact = KlaraValidation.contact(problems, primaryContact());
    KlaraValidation.checkUuid(problems, "agentId", agentId());
    problems.throwIfAny();
    if (Objects.equals(country, country()) && Objects.equals(number, companyNumber())
        && contact == primaryContact()) {
      return this;
    }
    return builder().from(this).country(country).companyNumber(number)
        .primaryContact(contact).build();
  }
}
