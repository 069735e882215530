package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.bare;
import static dev.onboardkit.testkit.didit.DiditJson.detail;
import static dev.onboardkit.testkit.didit.DiditJson.tooMany;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;

/**
 * The programmatic account endpoints: register, verify-email, resend-otp, login and 2FA verify. Called by
 * {@link DiditRoutes} under the store's lock.
 */
final class DiditAccountRoutes {
  static final String INVALID_CODE = "Invalid or expired verification code.";
  static final String INVALID_OTP = "Invalid OTP token.";
  static final String INVALID_TEMP_TOKEN = "Invalid or expired temporary token.";

  private final DiditStore store;

  DiditAccountRoutes(DiditStore store) {
    this.store = store;
  }

  /** {@code POST /programmatic/register/}. */
  FakeResponse register(FakeRequest r) {
    FakeResponse throttled = throttleIp(r);
    if (throttled != null) {
      return throttled;
    }
    DiditJson.Parsed p = DiditJson.parse(r);
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
    if (store.account(email) != null) {
      return detail(400, "An account with this email already exists.");
    }
    if (DiditValidation.reservedDomain(email)) {
      return detail(500, "Failed to send the verification email.");
    }
    StoredAccount a = store.register(email, password);
    ObjectNode out = Json.object();
    out.put("message", "Registration successful. Check your email for the verification code.");
    out.put("email", a.email);
    return FakeResponse.json(201, out);
  }

  /** {@code POST /programmatic/verify-email/}: tokens, the new organization and its default application. */
  FakeResponse verifyEmail(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
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
    StoredOrganization org = store.verifyEmail(email, code);
    if (org == null) {
      return bare(400, INVALID_CODE);
    }
    StoredApp app = store.firstApp(org.uuid);
    ObjectNode out = DiditJson.tokens(store.issueTokens(store.account(email)));
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

  /** {@code POST /programmatic/resend-otp/}. */
  FakeResponse resendOtp(FakeRequest r) {
    FakeResponse throttled = throttleIp(r);
    if (throttled != null) {
      return throttled;
    }
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String email = DiditValidation.requiredEmail(p.body, "email", errors);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    StoredAccount a = store.account(email);
    if (a == null) {
      return FakeResponse.json(200, Json.object());
    }
    if (a.verified) {
      return detail(400, "This email address is already verified.");
    }
    Long wait = store.limits.resendCooldown(a, store.clock.instant());
    if (wait != null) {
      return tooMany("Please wait before requesting another verification code.", wait);
    }
    store.sendCode(a);
    return FakeResponse.json(200, Json.object());
  }

  /** {@code POST /programmatic/login/}: tokens, or a 2FA challenge for accounts with an authenticator. */
  FakeResponse login(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String email = DiditValidation.requiredEmail(p.body, "email", errors);
    String password = DiditValidation.requiredString(p.body, "password", errors, false);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    String accountKey = DiditStore.key(email);
    Long locked = store.limits.loginLockout(accountKey, store.clock.instant());
    if (locked != null) {
      return tooMany("Too many failed login attempts. Try again later.", locked);
    }
    StoredAccount a = store.account(email);
    if (a == null || !a.password.equals(password)) {
      store.limits.loginFailed(accountKey, store.clock.instant());
      return detail(400, "Invalid credentials.");
    }
    if (!a.verified) {
      return detail(400, "Email address is not verified.");
    }
    store.limits.loginSucceeded(accountKey);
    if (a.totpSecret != null) {
      ObjectNode out = Json.object();
      out.put("2fa_required", true);
      out.put("temp_token", store.sessions.issueTemp(a.userId, store.clock.instant()));
      out.put("has_authenticator", true);
      out.put("has_passkeys", false);
      return FakeResponse.json(200, out);
    }
    return FakeResponse.json(200, DiditJson.tokens(store.logIn(a)));
  }

  /** {@code POST /2fa/verify/} with {@code temp_token} and {@code otp_token}. */
  FakeResponse verifyTwoFactor(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String temp = DiditValidation.requiredString(p.body, "temp_token", errors);
    String otp = DiditValidation.requiredString(p.body, "otp_token", errors);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    String userId = store.sessions.tempTokenUser(temp, store.clock.instant());
    if (userId == null) {
      return bare(400, INVALID_TEMP_TOKEN);
    }
    StoredAccount a = store.accountById(userId);
    if (a == null || !store.totpMatches(a, otp)) {
      return bare(400, INVALID_OTP);
    }
    store.sessions.redeemTemp(temp);
    return FakeResponse.json(200, DiditJson.tokens(store.logIn(a)));
  }

  private @Nullable FakeResponse throttleIp(FakeRequest r) {
    Long wait = store.limits.throttleIp(r.clientIp(), store.clock.instant());
    return wait == null ? null
        : tooMany("Request was throttled. Expected available in " + wait + " seconds.", wait);
  }
}
