package dev.onboardkit.testkit.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Masks the values of credential headers in what the fakes record, with the names and the mask the SDK's logging
 * uses, so a recorded request looks like a logged one and never holds a secret. Not API.
 */
public final class CredentialHeaders {
  /** What a masked value is replaced with. */
  public static final String MASK = "[REDACTED]";

  private static final Set<String> NAMES =
      Set.of("authorization", "proxy-authorization", "x-api-key", "api-key", "cookie", "set-cookie", "x-auth-token");

  private CredentialHeaders() {}

  /**
   * Returns whether a header carries a credential.
   *
   * @param name the header name, in any case
   * @return true for credential headers
   */
  public static boolean isCredential(String name) {
    return NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns a header value fit for recording: masked for credential headers (keeping an {@code Authorization} scheme
   * such as {@code Bearer}, at most 15 characters), otherwise as is.
   *
   * @param name the header name, in any case
   * @param value the value
   * @return the value to record
   */
  public static String mask(String name, String value) {
    if (!isCredential(name)) {
      return value;
    }
    int space = value.indexOf(' ');
    boolean schemeFirst = name.toLowerCase(Locale.ROOT).endsWith("authorization") && space > 0 && space < 16;
    return schemeFirst ? value.substring(0, space) + " " + MASK : MASK;
  }
}
