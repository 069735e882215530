package dev.onboardkit.testkit.didit;

import dev.onboardkit.testkit.AbstractFakeServer;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.internal.FakeHttpServer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-process, stateful fake of Didit's Auth API ({@code /auth/v2}), listening on {@code 127.0.0.1}: programmatic
 * registration with a readable {@link DiditMailbox}, email verification that bootstraps an organization and its default
 * application, login (optionally with a TOTP second factor), JWT-shaped bearer tokens that expire on the
 * {@link FakeClock}, organizations and applications with owner/admin/member roles, DRF-style errors and the
 * documented rate limits. Fault injection comes from {@link #faults()}.
 *
 * <pre>{@code
 * try (FakeDiditServer didit = FakeDiditServer.start()) {
 *   DiditVerifiedAccount acct = didit.createVerifiedAccount("dev@acme-reseller.io", "S3cure!pass");
 *   URI baseUrl = didit.baseUrl();                      // http://127.0.0.1:<port>/auth/v2
 *   // ... log in with the client, create applications in acct.organizationId() ...
 * }
 * }</pre>
 *
 * <h2>Clock</h2>
 * {@link #start()} uses {@link FakeClock#tracking()}: the fake's time follows the system clock, so the tokens it
 * issues expire when their {@code exp} says by the system clock too, and a {@code DiditAuthClient} managed session
 * built the obvious way (on the system clock) logs in once and keeps its token until shortly before it expires.
 * {@code clock().advance(...)} still moves the fake forward (to expire tokens and codes); a client that must see the
 * same jump is built with {@code .clock(fake.clock())}. With {@link #start(FakeClock)}, for example
 * {@code start(new FakeClock())} for a clock that stands still at {@link FakeClock#DEFAULT_START}, every time comes
 * from that clock: build the client with {@code .clock(fake.clock())}, or it sees the tokens as expired and logs in
 * on every call.
 *
 * <h2>Contract (statuses and messages marked <i>inferred</i> are not stated in Didit's docs)</h2>
 * <ul>
 *   <li>Every path ends with {@code /}; without it, and for unknown paths: 404 {@code {"detail":"Not found."}}. A
 *       wrong method: 405 {@code {"detail":"Method \"PUT\" not allowed."}}. Bodies over 1 MiB: 413 (inferred).
 *       Malformed JSON: 400 {@code {"detail":"JSON parse error - invalid JSON."}}; a JSON non-object: 400
 *       {@code {"non_field_errors":["Invalid data. Expected a dictionary, but got list."]}} (DRF style). Missing,
 *       null, non-string or blank members: 400 field map such as {@code {"email":["This field is required."]}}.
 *   <li>{@code POST /programmatic/register/}: 201 {@code {"message", "email"}}; the password policy is checked one
 *       rule at a time and the first failure is a 400 <b>bare array</b>, for example
 *       {@code ["Password must contain at least one digit."]} (messages inferred); duplicate email: 400
 *       {@code {"detail":"An account with this email already exists."}}; reserved test domains ({@code example.com},
 *       {@code example.org}, {@code *.test}, {@code *.example}, {@code *.invalid}): 500
 *       {@code {"detail":"Failed to send the verification email."}} (body inferred) and no account is kept. The
 *       6-character code lands in {@link #mailbox()}, valid 10 minutes.
 *   <li>{@code POST /programmatic/verify-email/}: 200 {@code {access_token, refresh_token, expires_in, organization
 *       {uuid, name}, application {uuid, name, client_id, api_key}}}; the organization is named after the email's
 *       local part and the application {@code "<organization> App"} (inferred). Wrong, used or expired code: 400
 *       {@code ["Invalid or expired verification code."]}; a code that is not 6 characters: 400 field error.
 *   <li>{@code POST /programmatic/resend-otp/}: 200 {@code {}} and a new code (the old one stops working); unknown
 *       emails also get 200 {@code {}} without mail; already verified: 400 {@code {"detail":"This email address is
 *       already verified."}} (inferred).
 *   <li>{@code POST /programmatic/login/}: 200 {@code {access_token, refresh_token, expires_in}}, or for accounts with
 *       {@link #enableTwoFactor(String)} {@code {"2fa_required": true, "temp_token", "has_authenticator": true,
 *       "has_passkeys": false}}; bad credentials: 400 {@code {"detail":"Invalid credentials."}}; unverified: 400
 *       {@code {"detail":"Email address is not verified."}} (both inferred).
 *   <li>{@code POST /2fa/verify/} with {@code temp_token} and {@code otp_token}: 200 tokens; wrong code: 400
 *       {@code ["Invalid OTP token."]}; unknown or expired (5 min) temp token: 400
 *       {@code ["Invalid or expired temporary token."]} (inferred). Codes of the previous, current and next 30-second
 *       step are accepted.
 *   <li>Bearer endpoints: missing or non-Bearer {@code Authorization}: 403 {@code {"detail":"Authentication
 *       credentials were not provided."}}; unknown, expired (see {@link #tokenLifetime(Duration)}), revoked or refresh
 *       token: 401 {@code {"detail":"Invalid access token"}}.
 *   <li>{@code GET /organizations/me/}: bare array of {@code {uuid, name, contact_email, created_at}} for every
 *       organization the user belongs to.
 *   <li>{@code /organizations/me/{org}/applications/} (GET list as a bare array, POST 201) and
 *       {@code .../{app}/} (GET, PATCH 200): not a member or unknown: 404 {@code {"detail":"Not found."}}; member role:
 *       403 {@code {"detail":"You do not have permission to perform this action."}}; URL fields must be http(s) or
 *       ftp(s) URLs with a host, else {@code {"website_url":["Enter a valid URL."]}}, and {@code redirect_uris}
 *       errors are keyed by index: {@code {"redirect_uris":{"0":["Enter a valid URL."]}}}. PATCH changes only the
 *       members sent; JSON null clears {@code website_url}, {@code terms_url}, {@code privacy_url} and
 *       {@code description}; {@code uuid}, {@code client_id} and {@code api_key} never change.
 *   <li>Rate limits ({@link #rateLimits(boolean)} turns them off): register and resend-otp share 5 requests per
 *       client IP per hour; resend-otp has a 60-second cooldown per email; 5 failed logins lock the email for 15
 *       minutes (10 for an hour, 20 for a day). All answer 429 {@code {"detail": "...", "wait": <seconds>}} with
 *       {@code Retry-After}. The client IP is the first {@code X-Forwarded-For} entry when sent, else
 *       {@code 127.0.0.1}.
 * </ul>
 *
 * <p>Thread-safe: all state sits behind one lock. At most 50,000 tokens are kept; beyond that the oldest are
 * forgotten (and get 401).
 */
public final class FakeDiditServer extends AbstractFakeServer {
  private final DiditStore store;

  private FakeDiditServer(DiditStore store) {
    super(FakeHttpServer.start(store.clock, "/auth/v2", new DiditRoutes(store), r -> DiditJson.notFound(),
        store.secrets));
    this.store = store;
  }

  /**
   * Starts a fake on an ephemeral loopback port whose clock follows the system clock ({@link FakeClock#tracking()}).
   *
   * @return the running fake
   */
  public static FakeDiditServer start() {
    return start(FakeClock.tracking());
  }

  /**
   * Starts a fake that uses the given clock.
   *
   * @param clock the clock
   * @return the running fake
   */
  public static FakeDiditServer start(FakeClock clock) {
    return new FakeDiditServer(new DiditStore(Objects.requireNonNull(clock, "clock")));
  }

  /** The state, for a Verification API fake linked to this one. */
  DiditStore store() {
    return store;
  }

  /**
   * Returns the outbox holding every verification email.
   *
   * @return the mailbox
   */
  public DiditMailbox mailbox() {
    return store.mailbox;
  }

  /**
   * Creates a verified account with its organization (the account is the owner) and default application, without
   * HTTP, mail, rate limits or the password policy. Not counted in {@link #registerCount()} or
   * {@link #loginCount(String)}.
   *
   * @param email the email (any domain, reserved ones included)
   * @param password the password for later logins
   * @return the ids and secrets created
   * @throws IllegalArgumentException for an invalid email or empty password
   * @throws IllegalStateException if the email is taken
   */
  public DiditVerifiedAccount createVerifiedAccount(String email, String password) {
    return store.createVerifiedAccount(email, password);
  }

  /**
   * Turns on a TOTP authenticator for a verified account: logins then answer with a 2FA challenge.
   *
   * @param email the account
   * @throws IllegalArgumentException if there is no verified account for the email
   */
  public void enableTwoFactor(String email) {
    store.enableTwoFactor(email);
  }

  /**
   * Returns the account's TOTP code for the fake clock's current 30-second step (RFC 6238, HMAC-SHA1, 6 digits).
   *
   * @param email the account
   * @return the 6-digit code
   * @throws IllegalStateException if two-factor authentication is not enabled
   */
  public String currentTotp(String email) {
    return store.currentTotp(email);
  }

  /**
   * Adds a verified account to an organization with a role (or changes its role).
   *
   * @param organizationId the organization
   * @param email the account; must exist and be verified
   * @param role the role
   * @throws IllegalArgumentException for an unknown organization or account
   */
  public void addMember(String organizationId, String email, DiditRole role) {
    store.addMember(organizationId, email, Objects.requireNonNull(role, "role"));
  }

  /**
   * Sets the lifetime of access tokens issued from now on (default 24 hours, {@code expires_in: 86400}).
   *
   * @param lifetime a positive duration (whole seconds are reported)
   * @return this
   */
  public FakeDiditServer tokenLifetime(Duration lifetime) {
    store.tokenLifetime(Objects.requireNonNull(lifetime, "lifetime"));
    return this;
  }

  /**
   * Revokes every access and refresh token of an account; they get 401 from now on.
   *
   * @param email the account
   * @return how many tokens were revoked
   */
  public int revokeTokens(String email) {
    return store.revokeTokens(email);
  }

  /**
   * Turns the rate limits and the login lockout on (the default) or off (for load tests).
   *
   * @param enabled whether to enforce them
   * @return this
   */
  public FakeDiditServer rateLimits(boolean enabled) {
    store.rateLimits(enabled);
    return this;
  }

  /**
   * Returns how many logins of an account succeeded (tokens issued by login or 2FA verify).
   *
   * @param email the account
   * @return the count; 0 for unknown accounts
   */
  public int loginCount(String email) {
    return store.loginCount(email);
  }

  /**
   * Returns how many registrations succeeded (201).
   *
   * @return the count
   */
  public int registerCount() {
    return store.registerCount();
  }

  /**
   * Returns the applications created through {@code POST .../applications/} in an organization, in order (the
   * default application from verify-email is not included).
   *
   * @param organizationId the organization
   * @return snapshots
   */
  public List<DiditApplicationRecord> createdApplications(String organizationId) {
    return store.applications(organizationId, true);
  }

  /**
   * Returns every application of an organization, the default one first.
   *
   * @param organizationId the organization
   * @return snapshots
   */
  public List<DiditApplicationRecord> applications(String organizationId) {
    return store.applications(organizationId, false);
  }

  /**
   * Returns the organization an account owns (created when it verified its email).
   *
   * @param email the account
   * @return the organization id, if the account exists and owns one
   */
  public Optional<String> ownedOrganizationId(String email) {
    return Optional.ofNullable(store.ownedOrganization(email));
  }

  /**
   * Returns whether an account exists and has verified its email.
   *
   * @param email the account
   * @return true if verified
   */
  public boolean isVerified(String email) {
    return store.isVerified(email);
  }
}
