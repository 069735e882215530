package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.SecretLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Didit fake's state: accounts, organizations, applications, tokens, two-factor temporary tokens, the mailbox and
 * the rate-limit counters, with the operations that change them. Every method runs under this object's monitor, and
 * {@link DiditRoutes} holds it for a whole request.
 */
final class DiditStore {
  static final Duration CODE_TTL = Duration.ofMinutes(10);

  final FakeClock clock;
  final DiditMailbox mailbox = new DiditMailbox();
  final SecretLedger secrets = new SecretLedger();
  private final Ids ids = new Ids();
  /** Access, refresh and temporary tokens; guarded by this store's lock. */
  final DiditSessions sessions = new DiditSessions(ids, secrets);
  /** Rate-limit counters; guarded by this store's lock. */
  final DiditRateLimits limits = new DiditRateLimits();
  private final Map<String, StoredAccount> accounts = new LinkedHashMap<>();
  private final Map<String, StoredAccount> accountsById = new HashMap<>();
  private final Map<String, StoredOrganization> organizations = new LinkedHashMap<>();
  private final Map<String, StoredApp> apps = new LinkedHashMap<>();
  private int registerCount;

  DiditStore(FakeClock clock) {
    this.clock = clock;
  }

  /** Whether an application of this fake has this API key (for a linked Verification API fake). */
  synchronized boolean isApiKey(String key) {
    for (StoredApp app : apps.values()) {
      if (app.apiKey.equals(key)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- accounts

  synchronized DiditVerifiedAccount createVerifiedAccount(String email, String password) {
    if (email == null || !email.matches("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$")) {
      throw new IllegalArgumentException("not a valid email address");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("password must not be empty");
    }
    if (accounts.containsKey(key(email))) {
      throw new IllegalStateException("an account with this email already exists");
    }
    StoredAccount a = newAccount(email.trim(), password);
    a.verified = true;
    StoredOrganization org = bootstrapOrganization(a);
    StoredApp app = firstApp(org.uuid);
    String access = sessions.issue(a, clock.instant()).accessToken;
    return new DiditVerifiedAccount(a.email, a.userId, org.uuid, org.name, app.uuid, app.name, app.clientId, app.apiKey,
        access);
  }

  /** Returns the account registered under the email (compared ignoring case and surrounding blanks), or null. */
  synchronized @Nullable StoredAccount account(String email) {
    return accounts.get(key(email));
  }

  /** Registers an unverified account and mails its first code. */
  synchronized StoredAccount register(String email, String password) {
    StoredAccount a = newAccount(email, password);
    sendCode(a);
    registerCount++;
    return a;
  }

  /**
   * Verifies an account's email with its pending code, creating the account's organization and default application.
   *
   * @return the new organization, or null when the code is wrong, used or expired or the account unknown or verified
   */
  synchronized @Nullable StoredOrganization verifyEmail(String email, String code) {
    StoredAccount a = accounts.get(key(email));
    Instant now = clock.instant();
    if (a == null || a.verified || a.pendingCode == null || a.codeIssuedAt == null
        || !a.pendingCode.equalsIgnoreCase(code) || !now.isBefore(a.codeIssuedAt.plus(CODE_TTL))) {
      return null;
    }
    a.verified = true;
    a.pendingCode = null;
    return bootstrapOrganization(a);
  }

  /** Mails the account a new code; the previous one stops working. */
  synchronized void sendCode(StoredAccount a) {
    String code;
    do {
      code = ids.upperAlnum(6);
    } while (code.equals(a.pendingCode));
    Instant now = clock.instant();
    a.pendingCode = code;
    a.codeIssuedAt = now;
    secrets.add(code);
    mailbox.add(new DiditMailMessage(a.email, "Your Didit verification code",
        "Your verification code is " + code + ". It expires in 10 minutes.", code, now));
  }

  synchronized void enableTwoFactor(String email) {
    requireVerified(email).totpSecret = ids.bytes(20);
  }

  synchronized String currentTotp(String email) {
    StoredAccount a = requireAccount(email);
    if (a.totpSecret == null) {
      throw new IllegalStateException("two-factor authentication is not enabled for this account");
    }
    return Totp.code(a.totpSecret, clock.instant().getEpochSecond());
  }

  /** Returns whether the account has two-factor authentication and {@code otp} is a current code. */
  synchronized boolean totpMatches(StoredAccount a, String otp) {
    return a.totpSecret != null && Totp.matches(a.totpSecret, clock.instant().getEpochSecond(), otp);
  }

  synchronized int loginCount(String email) {
    StoredAccount a = accounts.get(key(email));
    return a == null ? 0 : a.successfulLogins;
  }

  synchronized int registerCount() {
    return registerCount;
  }

  synchronized boolean isVerified(String email) {
    StoredAccount a = accounts.get(key(email));
    return a != null && a.verified;
  }

  // ---------------------------------------------------------------- tokens and rate limits

  synchronized void tokenLifetime(Duration lifetime) {
    sessions.tokenLifetime(lifetime);
  }

  /** Issues a token pair without counting a login (email verification). */
  synchronized DiditTokens issueTokens(StoredAccount a) {
    return sessions.issue(a, clock.instant());
  }

  /** Counts a successful login and issues a token pair. */
  synchronized DiditTokens logIn(StoredAccount a) {
    a.successfulLogins++;
    return sessions.issue(a, clock.instant());
  }

  /** Returns the account of a live access token, or null for an unknown, expired, revoked or refresh token. */
  synchronized @Nullable StoredAccount accessTokenOwner(String token) {
    String userId = sessions.accessTokenUser(token, clock.instant());
    return userId == null ? null : accountsById.get(userId);
  }

  synchronized int revokeTokens(String email) {
    return sessions.revoke(requireAccount(email).userId);
  }

  /** Returns the account with the user id, or null. */
  synchronized @Nullable StoredAccount accountById(String userId) {
    return accountsById.get(userId);
  }

  synchronized void rateLimits(boolean enabled) {
    limits.enabled(enabled);
  }

  // ---------------------------------------------------------------- organizations and applications

  synchronized void addMember(String organizationId, String email, DiditRole role) {
    StoredOrganization org = organizations.get(organizationId);
    if (org == null) {
      throw new IllegalArgumentException("no organization with id " + organizationId);
    }
    org.members.put(requireVerified(email).userId, role);
  }

  synchronized @Nullable StoredOrganization organization(String organizationId) {
    return organizations.get(organizationId);
  }

  /** Returns the organizations the user belongs to, in creation order. */
  synchronized List<StoredOrganization> organizationsOf(StoredAccount user) {
    List<StoredOrganization> out = new ArrayList<>();
    for (StoredOrganization org : organizations.values()) {
      if (org.members.containsKey(user.userId)) {
        out.add(org);
      }
    }
    return out;
  }

  synchronized @Nullable String ownedOrganization(String email) {
    StoredAccount a = accounts.get(key(email));
    if (a == null) {
      return null;
    }
    for (StoredOrganization org : organizations.values()) {
      if (org.members.get(a.userId) == DiditRole.OWNER) {
        return org.uuid;
      }
    }
    return null;
  }

  synchronized @Nullable StoredApp app(String uuid) {
    return apps.get(uuid);
  }

  /** Returns the organization's applications in creation order, the default one first. */
  synchronized List<StoredApp> appsOf(String organizationId) {
    List<StoredApp> out = new ArrayList<>();
    for (StoredApp app : apps.values()) {
      if (app.organizationId.equals(organizationId)) {
        out.add(app);
      }
    }
    return out;
  }

  synchronized StoredApp firstApp(String organizationId) {
    for (StoredApp app : apps.values()) {
      if (app.organizationId.equals(organizationId)) {
        return app;
      }
    }
    throw new IllegalStateException("organization without an application");
  }

  /** Creates an application through the API, named {@code "<organization> App"} until changed. */
  synchronized StoredApp createApp(StoredOrganization org) {
    return newApp(org.uuid, org.name + " App", true);
  }

  synchronized List<DiditApplicationRecord> applications(String organizationId, boolean onlyCreatedThroughApi) {
    List<DiditApplicationRecord> out = new ArrayList<>();
    for (StoredApp app : apps.values()) {
      if (app.organizationId.equals(organizationId) && (!onlyCreatedThroughApi || app.createdThroughApi)) {
        out.add(new DiditApplicationRecord(app));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- helpers

  private StoredAccount newAccount(String email, String password) {
    StoredAccount a = new StoredAccount(ids.uuid(), email, password);
    secrets.add(password);
    accounts.put(key(email), a);
    accountsById.put(a.userId, a);
    return a;
  }

  private StoredOrganization bootstrapOrganization(StoredAccount a) {
    String local = a.email.substring(0, a.email.lastIndexOf('@'));
    StoredOrganization org = new StoredOrganization(ids.uuid(), local, a.email, clock.instant());
    org.members.put(a.userId, DiditRole.OWNER);
    organizations.put(org.uuid, org);
    newApp(org.uuid, org.name + " App", false);
    return org;
  }

  private StoredApp newApp(String organizationId, String name, boolean throughApi) {
    StoredApp app = new StoredApp(ids.uuid(), organizationId, name, ids.base64Url(16), ids.base64Url(32),
        clock.instant(), throughApi);
    apps.put(app.uuid, app);
    secrets.add(app.apiKey);
    return app;
  }

  private StoredAccount requireAccount(String email) {
    StoredAccount a = accounts.get(key(email));
    if (a == null) {
      throw new IllegalArgumentException("no account for " + email);
    }
    return a;
  }

  private StoredAccount requireVerified(String email) {
    StoredAccount a = requireAccount(email);
    if (!a.verified) {
      throw new IllegalArgumentException("the account " + email + " has not verified its email");
    }
    return a;
  }

  /** Returns the key accounts are stored under: the email trimmed, in lower case. */
  static String key(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
