package dev.onboardkit.didit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.account.DiditPasswordPolicy;
import dev.onboardkit.didit.account.DiditRegisterResult;
import dev.onboardkit.didit.account.DiditResendCodeResult;
import dev.onboardkit.didit.account.DiditTokens;
import dev.onboardkit.didit.account.DiditTwoFactorChallenge;
import dev.onboardkit.didit.account.DiditVerifyEmailResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Didit account bootstrap and sign-in: register, verify the email, resend the code, log in and complete a two-factor
 * login. None of these calls takes an access token, so they work on a client built without credentials
 * (see {@code DiditAuthClient.builder()}). Obtain it with {@code client.account()}. Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.account", name = "DiditAccountService", operations = "didit.account")
public final class AccountEndpoints {
  private static final ResponseDecoder<DiditRegisterResult> REGISTER = ResponseDecoder.json(DiditRegisterResult.class);
  private static final ResponseDecoder<DiditVerifyEmailResult> VERIFY_EMAIL = ResponseDecoder.json(DiditVerifyEmailResult.class);
  private static final ResponseDecoder<DiditTokens> TOKENS = ResponseDecoder.json(DiditTokens.class);
  private static final ResponseDecoder<DiditResendCodeResult> RESEND = resendDecoder();
  static final ResponseDecoder<DiditLoginResult> LOGIN = loginDecoder();

  private static final Pattern VERIFICATION_CODE = Pattern.compile("[A-Za-z0-9]{6}");
  private static final int MAX_OTP_CHARS = 64;
  private static final int MAX_PASSWORD_CHARS = 4096;

  /** Creates the definitions. */
  public AccountEndpoints() {}

  /**
   * Registers an account ({@code POST /programmatic/register/}); Didit emails a 6-character code to finish with
   * {@link #verifyEmail(String, String)}. The password is checked against {@link DiditPasswordPolicy} first, and every
   * unmet rule is reported in one {@link dev.onboardkit.core.error.InvalidRequestException}. Registration is limited
   * to 5 per IP per hour, so the call is not retried once sent: a 429 surfaces at once as a
   * {@link dev.onboardkit.core.error.RateLimitException} with {@code retryAfter()}.
   *
   * @param email a deliverable email address (reserved test domains make the server answer 500)
   * @param password the new password
   * @return the server's confirmation
   */
  @Endpoint
  ApiOperation<DiditRegisterResult> register(@Nullable String email, @Nullable String password) {
    ApiOperation.Builder<DiditRegisterResult> b = post(REGISTER, "programmatic", "register")
        .idempotency(Idempotency.RETRY_UNSENT_ONLY);
    Problems problems = b.problems();
    problems.requireEmail("email", email);
    DiditPasswordPolicy.unmetRules(password).forEach(rule -> problems.add("password", rule));
    if (problems.isEmpty()) {
      b.body(body("email", email.strip(), "password", Secret.of(password)));
    }
    return b.build();
  }

  /**
   * Verifies the email with the emailed code ({@code POST /programmatic/verify-email/}). This one call creates the
   * organization and the default application, and returns their identifiers, the application's API key and tokens.
   * Not retried once the request may have reached the server: it is sent again only when the connection failed
   * before anything went out, and any response (a 429 as a {@link dev.onboardkit.core.error.RateLimitException} with
   * {@code retryAfter()}, a 503, a 500 with {@code X-Should-Retry: true}) is reported at once, without waiting.
   *
   * @param email the registered email address
   * @param code the code from the email: exactly 6 letters or digits
   * @return the tokens, organization and application
   */
  @Endpoint
  ApiOperation<DiditVerifyEmailResult> verifyEmail(@Nullable String email, @Nullable String code) {
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

  /**
   * Emails a new verification code ({@code POST /programmatic/resend-otp/}). A 60 s per-email cooldown applies;
   * the call is not retried once sent.
   *
   * @param email the registered email address
   * @return the server's confirmation
   */
  @Endpoint
  ApiOperation<DiditResendCodeResult> resendCode(@Nullable String email) {
    return resendCode(email, null, false);
  }

  /**
   * Emails a new verification code, also sending the password (some versions of the API ask for it).
   *
   * @param email the registered email address
   * @param password the account's password
   * @return the server's confirmation
   */
  @Endpoint
  ApiOperation<DiditResendCodeResult> resendCode(@Nullable String email, @Nullable String password) {
    return resendCode(email, password, true);
  }

  /** Not retried once sent: a 60 s per-email cooldown and the hourly register budget apply. */
  private ApiOperation<DiditResendCodeResult> resendCode(
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
   * Logs in ({@code POST /programmatic/login/}). The result is either tokens or, for an account with a second factor,
   * a challenge to complete with {@link #verifyTwoFactor(dev.onboardkit.core.Secret, String)};
   * {@link DiditLoginResult#tokens()} throws for a challenge, so it cannot be ignored. Repeated failures lock the
   * account for 15 minutes or more. The login is never sent twice once it may have reached the server: a lockout or
   * throttle (a 429 with {@code wait} or {@code Retry-After}, however short) surfaces at once as a
   * {@link dev.onboardkit.core.error.RateLimitException} with {@code retryAfter()}, and nothing sleeps inside the
   * call. Only a connection that failed before anything was sent is retried.
   *
   * @param email the account's email address
   * @param password the account's password
   * @return the tokens or the two-factor challenge
   */
  @Endpoint
  ApiOperation<DiditLoginResult> login(@Nullable String email, @Nullable String password) {
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

  /**
   * Completes a two-factor login ({@code POST /2fa/verify/}). A wrong code is a
   * {@link dev.onboardkit.core.error.BadRequestException} with error code {@code DiditErrorCode.INVALID_OTP}. Like the
   * login, it is never sent twice once it may have reached the server: a 429 surfaces at once as a
   * {@link dev.onboardkit.core.error.RateLimitException} with {@code retryAfter()}.
   *
   * @param tempToken the challenge's {@link DiditTwoFactorChallenge#tempToken()} (valid about 5 minutes)
   * @param otp the 6-digit code from the authenticator app, or a backup code
   * @return the tokens
   */
  @Endpoint
  ApiOperation<DiditTokens> verifyTwoFactor(@Nullable Secret tempToken, @Nullable String otp) {
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
