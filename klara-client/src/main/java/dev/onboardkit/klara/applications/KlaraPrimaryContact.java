package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.RequestStyle;
import org.immutables.value.Value;

/**
 * The person who completes an application or RFI request ({@code primary_contact}). Checked as part of the request
 * that holds it, so that every problem is reported together: a valid {@code email} is always required (and trimmed);
 * an RFI request also requires the {@code name}, while an application sends the name and role as given, since Klara's
 * create-application reference requires only the email.
 */
@Value.Immutable
@RequestStyle
@JsonSerialize(as = ImmutableKlaraPrimaryContact.class)
public abstract class KlaraPrimaryContact {
  KlaraPrimaryContact() {}

  /**
   * Returns the contact's full name.
   *
   * @return the name; null when not given (then it is not sent)
   */
  public abstract @Nullable String name();

  /**
   * Returns the contact's email address, where the invitation is sent. Addresses with non-ASCII characters
   * (RFC 6531, such as {@code josé@example.com}) are accepted; the request holding the contact trims it.
   *
   * @return the email; null only while building
   */
  public abstract @Nullable String email();

  /**
   * Returns the contact's role in the company, such as {@code CEO}.
   *
   * @return the role; null when not given (then it is not sent)
   */
  public abstract @Nullable String role();

  /**
   * Creates a contact.
   *
   * @param name the full name
   * @param email the email address
   * @param role the role in the company, or null
   * @return the contact
   */
  public static KlaraPrimaryContact of(@Nullable String name, @Nullable String email, @Nullable String role) {
    return builder().name(name).email(email).role(role).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KlaraPrimaryContact}; the request holding it checks the values. */
  public static final class Builder extends ImmutableKlaraPrimaryContact.Builder {
    Builder() {}
  }
}
