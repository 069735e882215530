package dev.onboardkit.spring;

import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditClient;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;

/**
 * The {@code onboardkit.didit.*} properties. {@code email} and {@code password} (a managed session that logs in and
 * renews the token itself), or a fixed {@code access-token}, create the {@link DiditAuthClient} bean (Auth API);
 * {@code api-key} creates the {@link DiditClient} bean (Verification API). The timeouts, retries and User-Agent suffix
 * apply to every Didit client the starter creates.
 *
 * <pre>
 * onboardkit.didit.email=ops@acme.com
 * onboardkit.didit.password=${DIDIT_PASSWORD}
 * onboardkit.didit.api-key=${DIDIT_API_KEY}
 * onboardkit.didit.timeouts.read=15s
 * </pre>
 */
@ConfigurationProperties(prefix = DiditProperties.PREFIX)
public class DiditProperties extends OnboardKitClientProperties {
  /** The prefix of these properties. */
  public static final String PREFIX = "onboardkit.didit";

  /** Didit account email for a managed session (logs in and renews the token itself); needs the password. */
  private String email;
  /** Didit account password for a managed session; used exactly as given. */
  private String password;
  /** Fixed Didit access token, instead of email and password; not renewed, so calls fail once it expires. */
  private String accessToken;
  /** Didit Auth API base URL (default https://apx.didit.me/auth/v2): https, or http on a loopback host. */
  private URI authBaseUrl;
  /** Didit Verification API key (x-api-key) of an application; creates the DiditClient bean. */
  private String apiKey;
  /** Didit Verification API base URL (default https://verification.didit.me/v3): https, or http on a loopback host. */
  private URI verificationBaseUrl;

  /** Creates the properties, all unset. */
  public DiditProperties() {}

  /**
   * Returns the account's email address.
   *
   * @return the email, or null when unset
   */
  public String getEmail() {
    return email;
  }

  /**
   * Sets the account's email address for a managed session; needs {@code password}.
   *
   * @param email the email address
   */
  public void setEmail(String email) {
    this.email = email;
  }

  /**
   * Returns the account's password.
   *
   * @return the password, or null when unset
   */
  public String getPassword() {
    return password;
  }

  /**
   * Sets the account's password for a managed session; used exactly as given.
   *
   * @param password the password
   */
  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * Returns the fixed access token.
   *
   * @return the token, or null when unset
   */
  public String getAccessToken() {
    return accessToken;
  }

  /**
   * Sets a fixed access token instead of a managed session (it is not renewed: calls fail once it expires).
   *
   * @param accessToken the token alone, without {@code Bearer}
   */
  public void setAccessToken(String accessToken) {
    this.accessToken = accessToken;
  }

  /**
   * Returns the Auth API base URL override.
   *
   * @return the URL, or null when unset
   */
  public URI getAuthBaseUrl() {
    return authBaseUrl;
  }

  /**
   * Overrides the Auth API base URL ({@value DiditAuthClient#DEFAULT_BASE_URL}), for a proxy or a test server:
   * {@code https}, or {@code http} on a loopback host.
   *
   * @param authBaseUrl the base URL
   */
  public void setAuthBaseUrl(URI authBaseUrl) {
    this.authBaseUrl = authBaseUrl;
  }

  /**
   * Returns the Verification API key.
   *
   * @return the key, or null when unset
   */
  public String getApiKey() {
    return apiKey;
  }

  /**
   * Sets the Verification API key ({@code x-api-key}) of a Didit application; creates the {@link DiditClient} bean.
   *
   * @param apiKey the key
   */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * Returns the Verification API base URL.
   *
   * @return the URL, or null for the default
   */
  public URI getVerificationBaseUrl() {
    return verificationBaseUrl;
  }

  /**
   * Sets the Verification API base URL (default {@code https://verification.didit.me/v3}).
   *
   * @param verificationBaseUrl the URL
   */
  public void setVerificationBaseUrl(URI verificationBaseUrl) {
    this.verificationBaseUrl = verificationBaseUrl;
  }

  @Override
  String prefix() {
    return PREFIX;
  }

  @Override
  void validateClient(Errors errors) {
    boolean hasEmail = hasText(email);
    boolean hasPassword = password != null && !password.isEmpty();
    if (hasEmail && !hasPassword) {
      reject(errors, "password", null, "is required when " + PREFIX + ".email is set");
    }
    if (hasPassword && !hasEmail) {
      reject(errors, "email", null, "is required when " + PREFIX + ".password is set");
    }
    if (hasText(accessToken) && (hasEmail || hasPassword)) {
      reject(errors, "access-token", MASK, "cannot be combined with " + PREFIX + ".email and " + PREFIX
          + ".password; set either a fixed token or the account for a managed session");
    }
  }

  /**
   * Applies these properties to a builder.
   *
   * @param builder the builder
   */
  void applyTo(DiditAuthClient.Builder builder) {
    super.applyTo(builder);
    if (hasText(accessToken)) {
      builder.accessToken(accessToken);
    } else if (hasText(email)) {
      builder.credentials(email, password);
    }
    if (authBaseUrl != null) {
      builder.baseUrl(authBaseUrl);
    }
  }

  /**
   * Applies these properties to a Verification API client's builder.
   *
   * @param builder the builder
   */
  void applyTo(DiditClient.Builder builder) {
    super.applyTo(builder);
    builder.apiKey(apiKey);
    if (verificationBaseUrl != null) {
      builder.baseUrl(verificationBaseUrl);
    }
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
