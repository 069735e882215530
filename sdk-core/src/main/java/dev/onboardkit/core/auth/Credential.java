package dev.onboardkit.core.auth;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.InvalidRequestException;
import java.util.Locale;
import java.util.Objects;

/** One credential header, such as {@code Authorization: Bearer ...}. Its value is a {@link Secret}. */
public final class Credential {
  private final String headerName;
  private final Secret headerValue;

  private Credential(String headerName, Secret headerValue) {
    this.headerName = headerName;
    this.headerValue = headerValue;
  }

  /**
   * Creates an {@code Authorization: Bearer <token>} credential.
   *
   * @param token the bearer token
   * @return the credential
   */
  public static Credential bearer(Secret token) {
    Objects.requireNonNull(token, "token");
    String value = token.reveal();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw InvalidRequestException.single("token", "must not contain whitespace or non-ASCII characters");
      }
    }
    return new Credential("Authorization", Secret.of("Bearer " + value));
  }

  /**
   * Creates a credential sent in a custom header, such as {@code x-api-key}. Add the header name to the logging
   * options' redacted headers if it is not one of the defaults.
   *
   * @param headerName the header name
   * @param value the header value
   * @return the credential
   */
  public static Credential header(String headerName, Secret value) {
    return new Credential(headerName.toLowerCase(Locale.ROOT), value);
  }

  /**
   * Returns the header name.
   *
   * @return the name
   */
  public String headerName() {
    return headerName;
  }

  /**
   * Returns the header value.
   *
   * @return the value, masked in {@code toString()}
   */
  public Secret headerValue() {
    return headerValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Credential
        && headerName.equalsIgnoreCase(((Credential) o).headerName)
        && headerValue.equals(((Credential) o).headerValue);
  }

  @Override
  public int hashCode() {
    return headerValue.hashCode();
  }

  @Override
  public String toString() {
    return "Credential{" + headerName + "=****}";
  }
}
