package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditValidation.BAD_URL;
import static dev.onboardkit.testkit.didit.DiditValidation.NOT_BLANK;
import static dev.onboardkit.testkit.didit.DiditValidation.NOT_NULL;
import static dev.onboardkit.testkit.didit.DiditValidation.NOT_STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.webhook.HmacSignatures;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.internal.FakeHandler;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.SecretLedger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Didit fake's state and request handling. Every request and every test-side call runs under this object's
 * monitor.
 */
final class DiditBackend implements FakeHandler {
  static final Duration CODE_TTL = Duration.ofMinutes(10);
  static final Duration TEMP_TOKEN_TTL = Duration.ofMinutes(5);
  static final Duration REFRESH_TTL = Duration.ofDays(7);
  static final Duration RESEND_COOLDOWN = Duration.ofSeconds(60);
  static final Duration IP_WINDOW = Duration.ofHours(1);
  static final int IP_LIMIT = 5;
  static final int MAX_TOKENS = 50_000;

  static final String INVALID_CODE = "Invalid or expired verification code.";
  static final String INVALID_OTP = "Invalid OTP token.";
  static final String INVALID_TEMP_TOKEN = "Invalid or expired temporary token.";

  private final FakeClock clock;
  private final Ids ids = new Ids();
  private final byte[] signingKey = ids.bytes(32);
  final DiditMailbox mailbox = new DiditMailbox();
  final SecretLedger secrets = new SecretLedger();
  private final Map<String, StoredAccount> accounts = new LinkedHashMap<>();
  private final Map<String, StoredAccount> accountsById = new HashMap<>();
  private final Map<String, StoredOrganization> organizations = new LinkedHashMap<>();
  private final Map<String, StoredApp> apps = new LinkedHashMap<>();
  private final Map<String, Token> tokens = new LinkedHashMap<>();
  private final Map<String, TempToken> tempTokens = new HashMap<>();
  private final Map<String, Deque<Instant>> ipHits = new HashMap<>();
  private final Map<String, LoginFailures> loginFailures = new HashMap<>();
  private int registerCount;
  private Duration tokenLifetime = Duration.ofHours(24);
  private boolean rateLimits = true;

  DiditBackend(FakeClock clock) {
    this.clock = clock;
  }

  // ---------------------------------------------------------------- test-side operations

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
    String access = issueTokens(a).get("access_token").asText();
    return new DiditVerifiedAccount(a.email, a.userId, org.uuid, org.name, app.uuid, app.name, app.clientId, app.apiKey,
        access);
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

  synchronized void addMember(String organizationId, String email, DiditRole role) {
    StoredOrganization org = organizations.get(organizationId);
    if (org == null) {
      throw new IllegalArgumentException("no organization with id " + organizationId);
    }
    org.members.put(requireVerified(email).userId, role);
  }

  synchronized void tokenLifetime(Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive");
    }
    this.tokenLifetime = lifetime;
  }

  synchronized int revokeTokens(String email) {
    StoredAccount a = requireAccount(email);
    int removed = 0;
    for (Iterator<Token> it = tokens.values().iterator(); it.hasNext(); ) {
      if (it.next().userId.equals(a.userId)) {
        it.remove();
        removed++;
      }
    }
    return removed;
  }

  synchronized void rateLimits(boolean enabled) {
    this.rateLimits = enabled;
  }

  synchronized int loginCount(String email) {
    StoredAccount a = accounts.get(key(email));
    return a == null ? 0 : a.successfulLogins;
  }

  synchronized int registerCount() {
    return registerCount;
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

  synchronized boolean isVerified(String email) {
    StoredAccount a = accounts.get(key(email));
    return a != null && a.verified;
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

  // ---------------------------------------------------------------- HTTP routing

  @Override
  public synchronized FakeResponse handle(FakeRequest r) {
    if (r.bodyTooLarge()) {
      return detail(413, "Request body too large.");
    }
    List<String> s = r.segments();
    String m = r.method();
    int n = s.size();
    if (n == 3 && s.get(0).equals("programmatic") && s.get(2).isEmpty()) {
      switch (s.get(1)) {
        case "register":
          return m.equals("POST") ? register(r) : notAllowed(m, "POST");
        case "verify-email":
          return m.equals("POST") ? verifyEmail(r) : notAllowed(m, "POST");
        case "resend-otp":
          return m.equals("POST") ? resendOtp(r) : notAllowed(m, "POST");
        case "login":
          return m.equals("POST") ? login(r) : notAllowed(m, "POST");
        default:
          return notFound();
      }
    }
    if (n == 3 && s.get(0).equals("2fa") && s.get(1).equals("verify") && s.get(2).isEmpty()) {
      return m.equals("POST") ? verifyTwoFactor(r) : notAllowed(m, "POST");
    }
    if (n >= 3 && s.get(0).equals("organizations") && s.get(1).equals("me") && s.get(n - 1).isEmpty()) {
      boolean orgList = n == 3;
      boolean appList = n == 5 && !s.get(2).isEmpty() && s.get(3).equals("applications");
      boolean appItem = n == 6 && !s.get(2).isEmpty() && s.get(3).equals("applications") && !s.get(4).isEmpty();
      if (!orgList && !appList && !appItem) {
        return notFound();
      }
      Object auth = authenticate(r);
      if (auth instanceof FakeResponse) {
        return (FakeResponse) auth;
      }
      StoredAccount user = (StoredAccount) auth;
      if (orgList) {
        return m.equals("GET") ? listOrganizations(user) : notAllowed(m, "GET, HEAD, OPTIONS");
      }
      if (appList) {
        if (!m.equals("GET") && !m.equals("POST")) {
          return notAllowed(m, "GET, POST, HEAD, OPTIONS");
        }
        Object org = managedOrganization(user, s.get(2));
        if (org instanceof FakeResponse) {
          return (FakeResponse) org;
        }
        return m.equals("GET") ? listApps((StoredOrganization) org) : createApp(r, (StoredOrganization) org);
      }
      if (!m.equals("GET") && !m.equals("PATCH")) {
        return notAllowed(m, "GET, PATCH, HEAD, OPTIONS");
      }
      Object org = managedOrganization(user, s.get(2));
      if (org instanceof FakeResponse) {
        return (FakeResponse) org;
      }
      StoredApp app = apps.get(s.get(4));
      if (app == null || !app.organizationId.equals(((StoredOrganization) org).uuid)) {
        return notFound();
      }
      return m.equals("GET") ? FakeResponse.json(200, appJson(app)) : updateApp(r, app);
    }
    return notFound();
  }

  // ---------------------------------------------------------------- programmatic auth

  private FakeResponse register(FakeRequest r) {
    FakeResponse throttled = throttleIp(r);
    if (throttled != null) {
      return throttled;
    }
    Parsed p = parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String email = DiditValidation.requiredEmail(p.body, "email", errors);
    String password = DiditValidation.requiredString(p.body, "password", errors, false);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    String problem = DiditValidation.passwordProblem(password);
    if (problem != null) {
      return bare(400, problem);
    }
    if (accounts.containsKey(key(email))) {
      return detail(400, "An account with this email already exists.");
    }
    if (DiditValidation.reservedDomain(email)) {
      return detail(500, "Failed to send the verification email.");
    }
    StoredAccount a = newAccount(email, password);
    sendCode(a);
    registerCount++;
    ObjectNode out = Json.object();
    out.put("message", "Registration successful. Check your email for the verification code.");
    out.put("email", a.email);
    return FakeResponse.json(201, out);
  }

  private FakeResponse verifyEmail(FakeRequest r) {
    Parsed p = parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String email = DiditValidation.requiredEmail(p.body, "email", errors);
    String code = DiditValidation.requiredString(p.body, "code", errors);
    if (code != null && code.length() < 6) {
      errors.set("code", Json.array().add("Ensure this field has at least 6 characters."));
    } else if (code != null && code.length() > 6) {
      errors.set("code", Json.array().add("Ensure this field has no more than 6 characters."));
    }
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    StoredAccount a = accounts.get(key(email));
    Instant now = clock.instant();
    if (a == null || a.verified || a.pendingCode == null || a.codeIssuedAt == null
        || !a.pendingCode.equalsIgnoreCase(code) || !now.isBefore(a.codeIssuedAt.plus(CODE_TTL))) {
      return bare(400, INVALID_CODE);
    }
    a.verified = true;
    a.pendingCode = null;
    StoredOrganization org = bootstrapOrganization(a);
    StoredApp app = firstApp(org.uuid);
    ObjectNode out = issueTokens(a);
    ObjectNode orgJson = Json.object();
    orgJson.put("uuid", org.uuid);
    orgJson.put("name", org.name);
    out.set("organization", orgJson);
    ObjectNode appJson = Json.object();
    appJson.put("uuid", app.uuid);
    appJson.put("name", app.name);
    appJson.put("client_id", app.clientId);
    appJson.put("api_key", app.apiKey);
    out.set("application", appJson);
    return FakeResponse.json(200, out);
  }

  private FakeResponse resendOtp(FakeRequest r) {
    FakeResponse throttled = throttleIp(r);
    if (throttled != null) {
      return throttled;
    }
    Parsed p = parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String email = DiditValidation.requiredEmail(p.body, "email", errors);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    StoredAccount a = accounts.get(key(email));
    if (a == null) {
      return FakeResponse.json(200, Json.object());
    }
    if (a.verified) {
      return detail(400, "This email address is already verified.");
    }
    Instant now = clock.instant();
    if (rateLimits && a.codeIssuedAt != null && now.isBefore(a.codeIssuedAt.plus(RESEND_COOLDOWN))) {
      return tooMany("Please wait before requesting another verification code.",
          secondsUntil(now, a.codeIssuedAt.plus(RESEND_COOLDOWN)));
    }
    sendCode(a);
    return FakeResponse.json(200, Json.object());
  }

  private FakeResponse login(FakeRequest r) {
    Parsed p = parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String email = DiditValidation.requiredEmail(p.body, "email", errors);
    String password = DiditValidation.requiredString(p.body, "password", errors, false);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    Instant now = clock.instant();
    LoginFailures failures = loginFailures.get(key(email));
    if (rateLimits && failures != null && failures.lockedUntil != null && now.isBefore(failures.lockedUntil)) {
      return tooMany("Too many failed login attempts. Try again later.", secondsUntil(now, failures.lockedUntil));
    }
    StoredAccount a = accounts.get(key(email));
    if (a == null || !a.password.equals(password)) {
      if (rateLimits) {
        LoginFailures f = loginFailures.computeIfAbsent(key(email), k -> new LoginFailures());
        f.count++;
        if (f.count >= 20) {
          f.lockedUntil = now.plus(Duration.ofHours(24));
        } else if (f.count >= 10) {
          f.lockedUntil = now.plus(Duration.ofHours(1));
        } else if (f.count >= 5) {
          f.lockedUntil = now.plus(Duration.ofMinutes(15));
        }
      }
      return detail(400, "Invalid credentials.");
    }
    if (!a.verified) {
      return detail(400, "Email address is not verified.");
    }
    loginFailures.remove(key(email));
    if (a.totpSecret != null) {
      String temp = ids.base64Url(32);
      secrets.add(temp);
      tempTokens.values().removeIf(t -> !now.isBefore(t.expiresAt));
      tempTokens.put(temp, new TempToken(a.userId, now.plus(TEMP_TOKEN_TTL)));
      ObjectNode out = Json.object();
      out.put("2fa_required", true);
      out.put("temp_token", temp);
      out.put("has_authenticator", true);
      out.put("has_passkeys", false);
      return FakeResponse.json(200, out);
    }
    a.successfulLogins++;
    return FakeResponse.json(200, issueTokens(a));
  }

  private FakeResponse verifyTwoFactor(FakeRequest r) {
    Parsed p = parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String temp = DiditValidation.requiredString(p.body, "temp_token", errors);
    String otp = DiditValidation.requiredString(p.body, "otp_token", errors);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    Instant now = clock.instant();
    TempToken t = tempTokens.get(temp);
    if (t == null || !now.isBefore(t.expiresAt)) {
      return bare(400, INVALID_TEMP_TOKEN);
    }
    StoredAccount a = accountsById.get(t.userId);
    if (a == null || a.totpSecret == null || !Totp.matches(a.totpSecret, now.getEpochSecond(), otp)) {
      return bare(400, INVALID_OTP);
    }
    tempTokens.remove(temp);
    a.successfulLogins++;
    return FakeResponse.json(200, issueTokens(a));
  }

  // ---------------------------------------------------------------- organizations and applications

  private FakeResponse listOrganizations(StoredAccount user) {
    ArrayNode out = Json.array();
    for (StoredOrganization org : organizations.values()) {
      if (org.members.containsKey(user.userId)) {
        ObjectNode o = Json.object();
        o.put("uuid", org.uuid);
        o.put("name", org.name);
        o.put("contact_email", org.contactEmail);
        o.put("created_at", Json.isoSeconds(org.createdAt));
        out.add(o);
      }
    }
    return FakeResponse.json(200, out);
  }

  private Object managedOrganization(StoredAccount user, String organizationId) {
    StoredOrganization org = organizations.get(organizationId);
    if (org == null || !org.members.containsKey(user.userId)) {
      return notFound();
    }
    if (org.members.get(user.userId) == DiditRole.MEMBER) {
      return detail(403, "You do not have permission to perform this action.");
    }
    return org;
  }

  private FakeResponse listApps(StoredOrganization org) {
    ArrayNode out = Json.array();
    for (StoredApp app : apps.values()) {
      if (app.organizationId.equals(org.uuid)) {
        out.add(appJson(app));
      }
    }
    return FakeResponse.json(200, out);
  }

  private FakeResponse createApp(FakeRequest r, StoredOrganization org) {
    Parsed p = parse(r);
    if (p.error != null) {
      return p.error;
    }
    Map<String, Object> changes = new LinkedHashMap<>();
    ObjectNode errors = validateApp(p.body, changes);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    StoredApp app = newApp(org.uuid, org.name + " App", true);
    apply(app, changes);
    return FakeResponse.json(201, appJson(app));
  }

  private FakeResponse updateApp(FakeRequest r, StoredApp app) {
    Parsed p = parse(r);
    if (p.error != null) {
      return p.error;
    }
    Map<String, Object> changes = new LinkedHashMap<>();
    ObjectNode errors = validateApp(p.body, changes);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    apply(app, changes);
    return FakeResponse.json(200, appJson(app));
  }

  private static ObjectNode validateApp(JsonNode body, Map<String, Object> changes) {
    ObjectNode errors = Json.object();
    JsonNode name = body.get("name");
    if (name != null) {
      if (name.isNull()) {
        errors.set("name", Json.array().add(NOT_NULL));
      } else if (!name.isTextual()) {
        errors.set("name", Json.array().add(NOT_STRING));
      } else if (name.asText().isBlank()) {
        errors.set("name", Json.array().add(NOT_BLANK));
      } else if (name.asText().trim().length() > 255) {
        errors.set("name", Json.array().add("Ensure this field has no more than 255 characters."));
      } else {
        changes.put("name", name.asText().trim());
      }
    }
    for (String field : List.of("website_url", "terms_url", "privacy_url")) {
      JsonNode v = body.get(field);
      if (v == null) {
        continue;
      }
      if (v.isNull()) {
        changes.put(field, null);
      } else if (!v.isTextual()) {
        errors.set(field, Json.array().add(NOT_STRING));
      } else if (v.asText().isBlank()) {
        errors.set(field, Json.array().add(NOT_BLANK));
      } else if (!DiditValidation.validUrl(v.asText().trim())) {
        errors.set(field, Json.array().add(BAD_URL));
      } else {
        changes.put(field, v.asText().trim());
      }
    }
    JsonNode uris = body.get("redirect_uris");
    if (uris != null) {
      if (uris.isNull()) {
        errors.set("redirect_uris", Json.array().add(NOT_NULL));
      } else if (!uris.isArray()) {
        errors.set("redirect_uris", Json.array().add(
            "Expected a list of items but got type \"" + DiditValidation.pythonType(uris) + "\"."));
      } else {
        ObjectNode itemErrors = Json.object();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < uris.size(); i++) {
          JsonNode item = uris.get(i);
          String message = null;
          if (item.isNull()) {
            message = NOT_NULL;
          } else if (!item.isTextual()) {
            message = NOT_STRING;
          } else if (item.asText().isBlank()) {
            message = NOT_BLANK;
          } else if (!DiditValidation.validUrl(item.asText().trim())) {
            message = BAD_URL;
          }
          if (message != null) {
            itemErrors.set(Integer.toString(i), Json.array().add(message));
          } else {
            values.add(item.asText().trim());
          }
        }
        if (itemErrors.size() > 0) {
          errors.set("redirect_uris", itemErrors);
        } else {
          changes.put("redirect_uris", values);
        }
      }
    }
    JsonNode description = body.get("description");
    if (description != null) {
      if (description.isNull()) {
        changes.put("description", null);
      } else if (!description.isTextual()) {
        errors.set("description", Json.array().add(NOT_STRING));
      } else {
        changes.put("description", description.asText());
      }
    }
    return errors;
  }

  @SuppressWarnings("unchecked")
  private static void apply(StoredApp app, Map<String, Object> changes) {
    for (Map.Entry<String, Object> c : changes.entrySet()) {
      Object v = c.getValue();
      switch (c.getKey()) {
        case "name":
          app.name = (String) v;
          break;
        case "website_url":
          app.websiteUrl = (String) v;
          break;
        case "terms_url":
          app.termsUrl = (String) v;
          break;
        case "privacy_url":
          app.privacyUrl = (String) v;
          break;
        case "redirect_uris":
          app.redirectUris = new ArrayList<>((List<String>) v);
          break;
        case "description":
          app.description = (String) v;
          break;
        default:
          throw new IllegalStateException(c.getKey());
      }
    }
  }

  private static ObjectNode appJson(StoredApp app) {
    ObjectNode o = Json.object();
    o.put("uuid", app.uuid);
    o.put("name", app.name);
    o.put("client_id", app.clientId);
    o.put("api_key", app.apiKey);
    o.put("website_url", app.websiteUrl);
    o.set("redirect_uris", Json.strings(app.redirectUris));
    o.put("terms_url", app.termsUrl);
    o.put("privacy_url", app.privacyUrl);
    o.put("description", app.description);
    o.put("created_at", Json.isoSeconds(app.createdAt));
    return o;
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

  private StoredApp firstApp(String organizationId) {
    for (StoredApp app : apps.values()) {
      if (app.organizationId.equals(organizationId)) {
        return app;
      }
    }
    throw new IllegalStateException("organization without an application");
  }

  private StoredApp newApp(String organizationId, String name, boolean throughApi) {
    StoredApp app = new StoredApp(ids.uuid(), organizationId, name, ids.base64Url(16), ids.base64Url(32),
        clock.instant(), throughApi);
    apps.put(app.uuid, app);
    secrets.add(app.apiKey);
    return app;
  }

  private void sendCode(StoredAccount a) {
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

  private ObjectNode issueTokens(StoredAccount a) {
    Instant now = clock.instant();
    String access = jwt(a, "access", now, now.plus(tokenLifetime));
    String refresh = jwt(a, "refresh", now, now.plus(REFRESH_TTL));
    if (tokens.size() >= MAX_TOKENS - 2) {
      tokens.values().removeIf(t -> !now.isBefore(t.expiresAt));
      for (Iterator<Token> it = tokens.values().iterator(); it.hasNext() && tokens.size() >= MAX_TOKENS - 2; ) {
        it.next();
        it.remove();
      }
    }
    tokens.put(access, new Token(a.userId, now.plus(tokenLifetime), false));
    tokens.put(refresh, new Token(a.userId, now.plus(REFRESH_TTL), true));
    secrets.add(access);
    secrets.add(refresh);
    ObjectNode out = Json.object();
    out.put("access_token", access);
    out.put("refresh_token", refresh);
    out.put("expires_in", tokenLifetime.getSeconds());
    return out;
  }

  private String jwt(StoredAccount a, String type, Instant issuedAt, Instant expiresAt) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    ObjectNode payload = Json.object();
    payload.put("sub", a.userId);
    payload.put("email", a.email);
    payload.put("token_type", type);
    payload.put("iat", issuedAt.getEpochSecond());
    payload.put("exp", expiresAt.getEpochSecond());
    payload.put("jti", ids.hex(32));
    String body = b64.encodeToString(Json.write(payload).getBytes(StandardCharsets.UTF_8));
    String signature = b64.encodeToString(HmacSignatures.hmacSha256(signingKey,
        (header + "." + body).getBytes(StandardCharsets.UTF_8)));
    return header + "." + body + "." + signature;
  }

  /** Returns the authenticated account, or the error response. */
  private Object authenticate(FakeRequest r) {
    String header = r.header("Authorization");
    String token = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = header.substring(7).trim();
    }
    if (token == null || token.isEmpty()) {
      return detail(403, "Authentication credentials were not provided.");
    }
    Token t = tokens.get(token);
    StoredAccount a = t == null ? null : accountsById.get(t.userId);
    if (t == null || t.refresh || a == null || !clock.instant().isBefore(t.expiresAt)) {
      ObjectNode body = Json.object();
      body.put("detail", "Invalid access token");
      return FakeResponse.json(401, body, Map.of("WWW-Authenticate", "Bearer realm=\"api\""));
    }
    return a;
  }

  private @Nullable FakeResponse throttleIp(FakeRequest r) {
    if (!rateLimits) {
      return null;
    }
    Instant now = clock.instant();
    Deque<Instant> hits = ipHits.computeIfAbsent(r.clientIp(), k -> new ArrayDeque<>());
    while (!hits.isEmpty() && !now.isBefore(hits.peekFirst().plus(IP_WINDOW))) {
      hits.removeFirst();
    }
    if (hits.size() >= IP_LIMIT) {
      long wait = secondsUntil(now, hits.peekFirst().plus(IP_WINDOW));
      return tooMany("Request was throttled. Expected available in " + wait + " seconds.", wait);
    }
    hits.addLast(now);
    return null;
  }

  private static long secondsUntil(Instant now, Instant until) {
    long millis = Duration.between(now, until).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  private static FakeResponse tooMany(String message, long waitSeconds) {
    ObjectNode body = Json.object();
    body.put("detail", message);
    body.put("wait", waitSeconds);
    return FakeResponse.json(429, body, Map.of("Retry-After", Long.toString(waitSeconds)));
  }

  private static Parsed parse(FakeRequest r) {
    if (!r.hasBody() || r.bodyText().isBlank()) {
      return new Parsed(Json.object(), null);
    }
    JsonNode node = Json.parse(r.bodyText());
    if (node == null) {
      return new Parsed(null, detail(400, "JSON parse error - invalid JSON."));
    }
    if (!node.isObject()) {
      ObjectNode body = Json.object();
      body.set("non_field_errors", Json.array().add(
          "Invalid data. Expected a dictionary, but got " + DiditValidation.pythonType(node) + "."));
      return new Parsed(null, FakeResponse.json(400, body));
    }
    return new Parsed(node, null);
  }

  static FakeResponse detail(int status, String message) {
    ObjectNode body = Json.object();
    body.put("detail", message);
    return FakeResponse.json(status, body);
  }

  static FakeResponse notFound() {
    return detail(404, "Not found.");
  }

  private static FakeResponse bare(int status, String message) {
    return FakeResponse.json(status, Json.array().add(message));
  }

  private static FakeResponse notAllowed(String method, String allow) {
    ObjectNode body = Json.object();
    body.put("detail", "Method \"" + method + "\" not allowed.");
    return FakeResponse.json(405, body, Map.of("Allow", allow));
  }

  private static String key(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  private static final class Parsed {
    final @Nullable JsonNode body;
    final @Nullable FakeResponse error;

    Parsed(@Nullable JsonNode body, @Nullable FakeResponse error) {
      this.body = body;
      this.error = error;
    }
  }

  private static final class Token {
    final String userId;
    final Instant expiresAt;
    final boolean refresh;

    Token(String userId, Instant expiresAt, boolean refresh) {
      this.userId = userId;
      this.expiresAt = expiresAt;
      this.refresh = refresh;
    }
  }

  private static final class TempToken {
    final String userId;
    final Instant expiresAt;

    TempToken(String userId, Instant expiresAt) {
      this.userId = userId;
      this.expiresAt = expiresAt;
    }
  }

  private static final class LoginFailures {
    int count;
    @Nullable Instant lockedUntil;
  }
}
