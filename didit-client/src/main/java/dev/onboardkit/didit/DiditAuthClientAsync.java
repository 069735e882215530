package dev.onboardkit.didit;

import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.didit.account.DiditAccountServiceAsync;
import dev.onboardkit.didit.applications.DiditApplicationServiceAsync;
import dev.onboardkit.didit.internal.AccountEndpoints;
import dev.onboardkit.didit.internal.ApplicationEndpoints;
import dev.onboardkit.didit.internal.DiditAccountServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditApplicationServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditOrganizationServiceAsyncImpl;
import dev.onboardkit.didit.internal.OrganizationEndpoints;
import dev.onboardkit.didit.organizations.DiditOrganizationServiceAsync;

/**
 * The non-blocking view of a {@link DiditAuthClient}, from {@code client.async()}: the same services, each call
 * returning a {@link java.util.concurrent.CompletableFuture} that fails with the exception the blocking call would
 * throw. It shares the client's connection pool, options and access token; closing the client closes it too.
 */
public final class DiditAuthClientAsync {
  private final ClientRuntime runtime;
  private final DiditAccountServiceAsync account;
  private final DiditOrganizationServiceAsync organizations;

  DiditAuthClientAsync(ClientRuntime runtime, AccountEndpoints account, OrganizationEndpoints organizations) {
    this.runtime = runtime;
    this.account = new DiditAccountServiceAsyncImpl(runtime, account);
    this.organizations = new DiditOrganizationServiceAsyncImpl(runtime, organizations);
  }

  /**
   * Returns the account endpoints (register, verify email, resend code, login, two-factor); they need no token.
   *
   * @return the account service
   */
  public DiditAccountServiceAsync account() {
    return account;
  }

  /**
   * Returns the organization endpoints (need the access token).
   *
   * @return the organization service
   */
  public DiditOrganizationServiceAsync organizations() {
    return organizations;
  }

  /**
   * Returns the application endpoints of one organization (need the access token of an owner or admin).
   *
   * @param orgId the organization's identifier, from {@code organizations().list()} or {@code verifyEmail}; checked
   *     when a call is made
   * @return the application service
   */
  public DiditApplicationServiceAsync applications(String orgId) {
    return new DiditApplicationServiceAsyncImpl(runtime, new ApplicationEndpoints(orgId));
  }
}
