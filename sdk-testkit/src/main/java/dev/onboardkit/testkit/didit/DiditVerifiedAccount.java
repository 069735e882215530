package dev.onboardkit.testkit.didit;

/**
 * What {@link FakeDiditServer#createVerifiedAccount(String, String)} set up: the user, their organization and its
 * default application. Immutable; {@link #toString()} leaves out the secrets.
 */
public final class DiditVerifiedAccount {
  private final String email;
  private final String userId;
  private final String organizationId;
  private final String organizationName;
  private final String applicationId;
  private final String applicationName;
  private final String clientId;
  private final String apiKey;
  private final String accessToken;

  DiditVerifiedAccount(String email, String userId, String organizationId, String organizationName, String applicationId,
      String applicationName, String clientId, String apiKey, String accessToken) {
    this.email = email;
    this.userId = userId;
    this.organizationId = organizationId;
    this.organizationName = organizationName;
    this.applicationId = applicationId;
    this.applicationName = applicationName;
    this.clientId = clientId;
    this.apiKey = apiKey;
    this.accessToken = accessToken;
  }

  /**
   * Returns the email.
   *
   * @return the address
   */
  public String email() {
    return email;
  }

  /**
   * Returns the user id (the tokens' {@code sub}).
   *
   * @return the UUID
   */
  public String userId() {
    return userId;
  }

  /**
   * Returns the organization created for the account.
   *
   * @return the organization UUID
   */
  public String organizationId() {
    return organizationId;
  }

  /**
   * Returns the organization's name (the email's local part).
   *
   * @return the name
   */
  public String organizationName() {
    return organizationName;
  }

  /**
   * Returns the default application's id.
   *
   * @return the application UUID
   */
  public String applicationId() {
    return applicationId;
  }

  /**
   * Returns the default application's name ({@code "<organization name> App"}).
   *
   * @return the name
   */
  public String applicationName() {
    return applicationName;
  }

  /**
   * Returns the default application's client id.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the default application's API key.
   *
   * @return the key
   */
  public String apiKey() {
    return apiKey;
  }

  /**
   * Returns an access token issued when the account was created (not counted as a login).
   *
   * @return the JWT-shaped token
   */
  public String accessToken() {
    return accessToken;
  }

  @Override
  public String toString() {
    return "VerifiedAccount[" + email + ", organization=" + organizationId + "]";
  }
}
