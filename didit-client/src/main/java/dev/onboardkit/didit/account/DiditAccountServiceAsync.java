package dev.onboardkit.didit.account;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.Arguments;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link DiditAccountService}: each call returns a {@link CompletableFuture} that fails with the
 * exception the blocking call would throw. Account bootstrap and sign-in (the {@code /programmatic/*} and
 * {@code /2fa/verify/} endpoints). None of these calls sends an access token, so they work on a client built without
 * credentials.
 *
 * <p>Passwords, codes and tokens are {@link Secret}s in every type here: they are never part of {@code toString()},
 * exception messages or logs. Obtain the service with {@code client.async().account()}. Thread-safe.
 */
public final class DiditAccountServiceAsync {
  private final ClientRuntime runtime;
  private final WithRawResponse raw = new WithRawResponse();

  /**
   * Creates the service. Applications get it from {@code DiditAuthClient.async().account()} instead.
   *
   * @param runtime the client runtime
   */
  public DiditAccountServiceAsync(ClientRuntime runtime) {
    this.runtime = Arguments.required(runtime, "runtime");
  }

  /**
   * Returns a view of this service whose methods also return the HTTP status, headers and attempt count.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Registers an account ({@code POST /programmatic/register/}); Didit emails a 6-character code to finish with
   * {@link #verifyEmail(String, String)}. The password is checked against {@link DiditPasswordPolicy} first, and every
   * unmet rule is reported in one {@link dev.onboardkit.core.error.InvalidRequestException}. Registration is limited
   * to 5 per IP per hour, so the call is not retried once sent: a 429 surfaces at once as a
   * {@link dev.onboardkit.core.error.RateLimitException} with {@code retryAfter()}.
   *
   * @param email a deliverable email address (reserved test domains make the server answer 500)
   * @param password the new password
   * @return a future of the server's confirmation
   */
  public CompletableFuture<DiditRegisterResult> register(String email, String password) {
    return register(email, password, RequestOptions.none());
  }

  /**
   * Registers an account, with per-call options.
   *
   * @param email a deliverable email address
   * @param password the new password
   * @param options per-call overrides
   * @return a future of the server's confirmation
   */
  public CompletableFuture<DiditRegisterResult> register(String email, String password, RequestOptions options) {
    return runtime.executeAsync(() -> AccountOperations.register(email, password), options);
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
   * @return a future of the tokens, organization and application
   */
  public CompletableFuture<DiditVerifyEmailResult> verifyEmail(String email, String code) {
    return verifyEmail(email, code, RequestOptions.none());
  }

  /**
   * Verifies the email, with per-call options.
   *
   * @param email the registered email address
   * @param code the code from the email: exactly 6 letters or digits
   * @param options per-call overrides
   * @return a future of the tokens, organization and application
   */
  public CompletableFuture<DiditVerifyEmailResult> verifyEmail(String email, String code, RequestOptions options) {
    return runtime.executeAsync(() -> AccountOperations.verifyEmail(email, code), options);
  }

  /**
   * Emails a new verification code ({@code POST /programmatic/resend-otp/}). A 60 s per-email cooldown applies;
   * the call is not retried once sent.
   *
   * @param email the registered email address
   * @return a future of the server's confirmation
   */
  public CompletableFuture<DiditResendCodeResult> resendCode(String email) {
    return resendCode(email, RequestOptions.none());
  }

  /**
   * Emails a new verification code, with per-call options.
   *
   * @param email the registered email address
   * @param options per-call overrides
   * @return a future of the server's confirmation
   */
  public CompletableFuture<DiditResendCodeResult> resendCode(String email, RequestOptions options) {
    return runtime.executeAsync(() -> AccountOperations.resendCode(email, null, false), options);
  }

  /**
   * Emails a new verification code, also sending the password (some versions of the API ask for it).
   *
   * @param email the registered email address
   * @param password the account's password
   * @return a future of the server's confirmation
   */
  public CompletableFuture<DiditResendCodeResult> resendCode(String email, String password) {
    return resendCode(email, password, RequestOptions.none());
  }

  /**
   * Emails a new verification code, sending the password, with per-call options.
   *
   * @param email the registered email address
   * @param password the account's password
   * @param options per-call overrides
   * @return a future of the server's confirmation
   */
  public CompletableFuture<DiditResendCodeResult> resendCode(String email, String password, RequestOptions options) {
    return runtime.executeAsync(() -> AccountOperations.resendCode(email, password, true), options);
  }

  /**
   * Logs in ({@code POST /programmatic/login/}). The result is either tokens or, for an account with a second factor,
   * a challenge to complete with {@link #verifyTwoFactor(Secret, String)}; {@link DiditLoginResult#tokens()} throws for a
   * challenge, so it cannot be ignored. Repeated failures lock the account for 15 minutes or more. The login is never
   * sent twice once it may have reached the server: a lockout or throttle (a 429 with {@code wait} or
   * {@code Retry-After}, however short) surfaces at once as a {@link dev.onboardkit.core.error.RateLimitException}
   * with {@code retryAfter()}, and nothing sleeps inside the call. Only a connection that failed before anything was
   * sent is retried.
   *
   * @param email the account's email address
   * @param password the account's password
   * @return a future of the tokens or the two-factor challenge
   */
  public CompletableFuture<DiditLoginResult> login(String email, String password) {
    return login(email, password, RequestOptions.none());
  }

  /**
   * Logs in, with per-call options.
   *
   * @param email the account's email address
   * @param password the account's password
   * @param options per-call overrides
   * @return a future of the tokens or the two-factor challenge
   */
  public CompletableFuture<DiditLoginResult> login(String email, String password, RequestOptions options) {
    return runtime.executeAsync(() -> AccountOperations.login(email, password), options);
  }

  /**
   * Completes a two-factor login ({@code POST /2fa/verify/}). A wrong code is a
   * {@link dev.onboardkit.core.error.BadRequestException} with error code {@code DiditErrorCode.INVALID_OTP}. Like the
   * login, it is never sent twice once it may have reached the server: a 429 surfaces at once as a
   * {@link dev.onboardkit.core.error.RateLimitException} with {@code retryAfter()}.
   *
   * @param tempToken the challenge's {@link DiditTwoFactorChallenge#tempToken()} (valid about 5 minutes)
   * @param otp the 6-digit code from the authenticator app, or a backup code
   * @return a future of the tokens
   */
  public CompletableFuture<DiditTokens> verifyTwoFactor(Secret tempToken, String otp) {
    return verifyTwoFactor(tempToken, otp, RequestOptions.none());
  }

  /**
   * Completes a two-factor login, with per-call options.
   *
   * @param tempToken the challenge's {@link DiditTwoFactorChallenge#tempToken()}
   * @param otp the 6-digit code from the authenticator app, or a backup code
   * @param options per-call overrides
   * @return a future of the tokens
   */
  public CompletableFuture<DiditTokens> verifyTwoFactor(Secret tempToken, String otp, RequestOptions options) {
    return runtime.executeAsync(() -> AccountOperations.verifyTwoFactor(tempToken, otp), options);
  }

  /** The methods of {@link DiditAccountServiceAsync}, returning the decoded value with the HTTP metadata. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Registers an account.
     *
     * @param email a deliverable email address
     * @param password the new password
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditRegisterResult>> register(String email, String password) {
      return register(email, password, RequestOptions.none());
    }

    /**
     * Registers an account, with per-call options.
     *
     * @param email a deliverable email address
     * @param password the new password
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditRegisterResult>> register(
        String email, String password, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> AccountOperations.register(email, password), options);
    }

    /**
     * Verifies the email with the emailed code.
     *
     * @param email the registered email address
     * @param code the code from the email
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditVerifyEmailResult>> verifyEmail(String email, String code) {
      return verifyEmail(email, code, RequestOptions.none());
    }

    /**
     * Verifies the email, with per-call options.
     *
     * @param email the registered email address
     * @param code the code from the email
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditVerifyEmailResult>> verifyEmail(
        String email, String code, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> AccountOperations.verifyEmail(email, code), options);
    }

    /**
     * Emails a new verification code.
     *
     * @param email the registered email address
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditResendCodeResult>> resendCode(String email) {
      return resendCode(email, RequestOptions.none());
    }

    /**
     * Emails a new verification code, with per-call options.
     *
     * @param email the registered email address
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditResendCodeResult>> resendCode(String email, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> AccountOperations.resendCode(email, null, false), options);
    }

    /**
     * Emails a new verification code, also sending the password.
     *
     * @param email the registered email address
     * @param password the account's password
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditResendCodeResult>> resendCode(String email, String password) {
      return resendCode(email, password, RequestOptions.none());
    }

    /**
     * Emails a new verification code, sending the password, with per-call options.
     *
     * @param email the registered email address
     * @param password the account's password
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditResendCodeResult>> resendCode(
        String email, String password, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> AccountOperations.resendCode(email, password, true), options);
    }

    /**
     * Logs in.
     *
     * @param email the account's email address
     * @param password the account's password
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditLoginResult>> login(String email, String password) {
      return login(email, password, RequestOptions.none());
    }

    /**
     * Logs in, with per-call options.
     *
     * @param email the account's email address
     * @param password the account's password
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditLoginResult>> login(String email, String password, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> AccountOperations.login(email, password), options);
    }

    /**
     * Completes a two-factor login.
     *
     * @param tempToken the challenge's temporary token
     * @param otp the code from the authenticator app, or a backup code
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditTokens>> verifyTwoFactor(Secret tempToken, String otp) {
      return verifyTwoFactor(tempToken, otp, RequestOptions.none());
    }

    /**
     * Completes a two-factor login, with per-call options.
     *
     * @param tempToken the challenge's temporary token
     * @param otp the code from the authenticator app, or a backup code
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditTokens>> verifyTwoFactor(
        Secret tempToken, String otp, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> AccountOperations.verifyTwoFactor(tempToken, otp), options);
    }
  }
}
