package dev.onboardkit.didit.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.didit.internal.DiditDecoders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Paths, idempotency and decoders of the account endpoints. None of them takes an access token
 * ({@code authenticated(false)}), so they work on a client built without credentials.
 */
final class AccountOperations {
  static final ResponseDecoder<DiditRegisterResult> REGISTER = ResponseDecoder.json(DiditRegisterResult.class);
  static final ResponseDecoder<DiditVerifyEmailResult> VERIFY_EMAIL = ResponseDecoder.json(DiditVerifyEmailResult.class);
  static final ResponseDecoder<DiditTokens> TOKENS = ResponseDecoder.json(DiditTokens.class);
  static final ResponseDecoder<DiditResendCodeResult> RESEND = resendDecoder();
  static final ResponseDecoder<DiditLoginResult> LOGIN = loginDecoder();

  private static final Pattern VERIFICATION_CODE = Pattern.compile("[A-Za-z0-9]{6}");
  private static final int MAX_OTP_CHARS = 64;
  private static final int MAX_PASSWORD_CHARS = 4096;

  private AccountOperations() {}

  /** Not retried once sent: registration is limited to 5 per IP per hour, so waiting inside the SDK never helps. */
  static ApiOperation<DiditRegisterResult> register(@Nullable String email, @Nullable String password) {
    ApiOperation.Builder<DiditRegisterResult> b = post(REGISTER, "programmatic", "register")
        .idempotency(Idempotency.RETRY_UNSENT_ONLY);
    Problems problems = b.problems();
    problems.requireEmail("email", email);
    DiditPasswordPolicy.check(problems, "password", password);
    if (problems.isEmpty()) {
      b.body(body("email", email.strip(), "password", Secret.of(password)));
    }
    return b.build();
  }

  /** Not retried once sent: it creates the organization and the default application. */
  static ApiOperation<DiditVerifyEmailResult> verifyEmail(@Nullable String email, @Nullable String code) {
    ApiOperation.Builder<DiditVerifyEmailResult> b = post(VERIFY_EMAIL, "programmatic", "verify-email")
        .idempotency(Idempotency.RETRY_UNSENT_ONLY);
    Problems problems = b.problems();
    problems.requireEmail("email", email);
    if (problems.requireNonNull("code", code) && !VERIFICATION_CODE.matcher(code).matches()) {
      problems.add("code", "must be exactly 6 letters or digits, as in the email");
    }
    if (problems.isEmpty()) {
      b.body(body("email", email.strip(), "code", Secret.of(code)));
    }
    return b.build();
  }

  /** Not retried once sent: a 60 s per-email cooldown and the hourly register budget apply. */
  static ApiOperation<DiditResendCodeResult> resendCode(
      @Nullable String email, @Nullable String password, boolean withPassword) {
    ApiOperation.Builder<DiditResendCodeResult> b = post(RESEND, "programmatic", "resend-otp")
        .idempotency(Idempotency.RETRY_UNSENT_ONLY);
    Problems problems = b.problems();
    problems.requireEmail("email", email);
    if (withPassword) {
      checkPassword(problems, password);
    }
    if (problems.isEmpty()) {
      b.body(withPassword
          ? body("email", email.strip(), "password", Secret.of(password))
          : body("email", email.strip()));
    }
    return b.build();
  }

  /**
   * Not retried once sent: every attempt counts towards the lockout, and a lockout (a 429 with {@code wait} or
   * {@code Retry-After}) must reach the caller as a rate-limit exception, never as a sleep inside the call.
   */
  static ApiOperation<DiditLoginResult> login(@Nullable String email, @Nullable String password) {
    ApiOperation.Builder<DiditLoginResult> b = post(LOGIN, "programmatic", "login")
        .idempotency(Idempotency.RETRY_UNSENT_ONLY);
    Problems problems = b.problems();
    problems.requireEmail("email", email);
    checkPassword(problems, password);
    if (problems.isEmpty()) {
      b.body(body("email", email.strip(), "password", Secret.of(password)));
    }
    return b.build();
  }

  /** Not retried once sent, like the login it completes (an OTP is single-use and attempts are limited). */
  static ApiOperation<DiditTokens> verifyTwoFactor(@Nullable Secret tempToken, @Nullable String otp) {
    ApiOperation.Builder<DiditTokens> b = post(TOKENS, "2fa", "verify").idempotency(Idempotency.RETRY_UNSENT_ONLY);
    Problems problems = b.problems();
    problems.requireNonNull("tempToken", tempToken);
    if (problems.requireNonNull("otp", otp)) {
      if (otp.isEmpty() || otp.length() > MAX_OTP_CHARS || otp.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
        problems.add("otp", "must be the 6-digit code from the authenticator app or a backup code, without spaces");
      }
    }
    if (problems.isEmpty()) {
      b.body(body("temp_token", tempToken, "otp_token", Secret.of(otp)));
    }
    return b.build();
  }

  private static void checkPassword(Problems problems, @Nullable String password) {
    if (problems.requireNonNull("password", password)) {
      if (password.isEmpty()) {
        problems.add("password", "must not be empty");
      } else if (password.length() > MAX_PASSWORD_CHARS) {
        problems.add("password", "must be at most " + MAX_PASSWORD_CHARS + " characters");
      }
    }
  }

  private static <T> ApiOperation.Builder<T> post(ResponseDecoder<T> decoder, String... segments) {
    return ApiOperation.builder(HttpMethod.POST, decoder)
        .path(segments)
        .path("")
        .authenticated(false);
  }

  private static Map<String, Object> body(Object... namesAndValues) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return body;
  }

  private static ResponseDecoder<DiditResendCodeResult> resendDecoder() {
    ObjectReader reader = SdkJson.mapper().readerFor(DiditResendCodeResult.class);
    return response -> {
      if (response.bodyAsString().isBlank()) {
        return DiditResendCodeResult.empty();
      }
      return reader.readValue(response.body());
    };
  }

  /**
   * Tokens when the body has {@code access_token}; a challenge when it has {@code "2fa_required": true} (or a
   * {@code temp_token}); anything else is a decoding failure.
   */
  private static ResponseDecoder<DiditLoginResult> loginDecoder() {
    ObjectReader tokens = SdkJson.mapper().readerFor(DiditTokens.class);
    ObjectReader challenge = SdkJson.mapper().readerFor(DiditTwoFactorChallenge.class);
    return response -> {
      JsonNode root = DiditDecoders.readTree(response);
      if (!root.isObject()) {
        throw DiditDecoders.failure(response, "expected a JSON object");
      }
      JsonNode accessToken = root.get("access_token");
      if (accessToken != null && !accessToken.isNull()) {
        return DiditLoginResult.ofTokens(tokens.readValue(root));
      }
      JsonNode required = root.get("2fa_required");
      boolean twoFactor = required != null && (required.asBoolean(false) || "true".equalsIgnoreCase(required.asText()));
      JsonNode tempToken = root.get("temp_token");
      if (twoFactor || (tempToken != null && !tempToken.isNull())) {
        return DiditLoginResult.ofChallenge(challenge.readValue(root));
      }
      throw DiditDecoders.failure(response, "the login response has neither access_token nor 2fa_required");
    };
  }
}
