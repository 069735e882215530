package dev.onboardkit.didit.account;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.ConflictException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditErrorCode;
import dev.onboardkit.didit.support.Jwts;
import dev.onboardkit.didit.support.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountServiceTest {
  static final String PASSWORD = "S3cure!Passw0rd";
  static final String VERIFY_EXAMPLE = "{\"access_token\":\"" + Jwts.withExp("u", Instant.parse("2026-01-02T00:00:00Z"))
      + "\",\"refresh_token\":\"refresh-abc\",\"expires_in\":86400,"
      + "\"organization\":{\"uuid\":\"a1b2c3d4-5678-90ab-cdef-111111111111\",\"name\":\"developer\"},"
      + "\"application\":{\"uuid\":\"b2c3d4e5-6789-01bc-defg-222222222222\",\"name\":\"developer\","
      + "\"client_id\":\"S9LIYGSoWNuGMLHsvEt9dQ\",\"api_key\":\"05mHcOWL8GathLZlz8oIDawYj9qFAcoSHtz-75PAkuo\"}}";

  private final MockWebServer server = new MockWebServer();
  private final TestClients t = new TestClients();
  private DiditAuthClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    // A fixed token is configured so that the tests can prove the account endpoints never send it.
    client = t.builder(server).accessToken("fixed-token-123").build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertTrue(r != null, "no request received");
    return r;
  }

  private void assertPost(RecordedRequest r, String path, String body) {
    assertEquals("POST", r.getMethod());
    assertEquals(path, r.getTarget());
    assertNull(r.getHeaders().get("Authorization"), "account endpoints must not send the access token");
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    assertEquals(body, r.getBody().utf8());
  }

  @Test
  void registerSendsEmailAndPasswordAndDecodes201() throws Exception {
    server.enqueue(json(201, "{\"message\":\"Verification code sent to your email.\",\"email\":\"dev@acme.io\"}"));

    ApiResponse<DiditRegisterResult> response = client.account().withRawResponse().register(" dev@acme.io ", PASSWORD);

    assertPost(take(), "/auth/v2/programmatic/register/",
        "{\"email\":\"dev@acme.io\",\"password\":\"" + PASSWORD + "\"}");
    assertEquals(201, response.statusCode());
    assertEquals("dev@acme.io", response.value().email());
    assertEquals(Optional.of("Verification code sent to your email."), response.value().message());
  }

  @Test
  void registerAcceptsAnInternationalisedEmailAndSendsItAsUtf8() throws Exception {
    server.enqueue(json(201, "{\"email\":\"jos\u00e9@m\u00fcller.example\"}"));

    DiditRegisterResult result = client.account().register("jos\u00e9@m\u00fcller.example", PASSWORD);

    assertPost(take(), "/auth/v2/programmatic/register/",
        "{\"email\":\"jos\u00e9@m\u00fcller.example\",\"password\":\"" + PASSWORD + "\"}");
    assertEquals("jos\u00e9@m\u00fcller.example", result.email());
  }

  @Test
  void registerReportsEveryUnmetPasswordRuleAtOnceWithoutSending() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client.account().register("not-an-email", "abc"));

    assertEquals(List.of(
        new ValidationProblem("email", "must be a valid email address"),
        new ValidationProblem("password", "must be at least 8 characters long"),
        new ValidationProblem("password", "must contain an uppercase letter (A-Z)"),
        new ValidationProblem("password", "must contain a digit (0-9)"),
        new ValidationProblem("password", "must contain one of the special characters "
            + DiditPasswordPolicy.SPECIAL_CHARACTERS)), e.problems());
    assertFalse(e.getMessage().contains("abc"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void passwordPolicyCountsOnlyAsciiLettersAndDigits() {
    String upper = "must contain an uppercase letter (A-Z)";
    String lower = "must contain a lowercase letter (a-z)";
    String digit = "must contain a digit (0-9)";
    assertEquals(List.of(upper, lower), DiditPasswordPolicy.unmetRules("ÉÀÈÌÒÙ1!"));
    assertEquals(List.of(lower), DiditPasswordPolicy.unmetRules("ßéàABCD1!"));
    assertEquals(List.of(upper), DiditPasswordPolicy.unmetRules("Ωmegaword1!"));
    assertEquals(List.of(digit), DiditPasswordPolicy.unmetRules("Abcdefgh\u0663\uff11!"));
    assertEquals(List.of(upper, lower), DiditPasswordPolicy.unmetRules("Σπίτι\u01c5\u01c6123!"));
    assertEquals(List.of(), DiditPasswordPolicy.unmetRules("Pässwörd1!"), "non-ASCII letters are allowed, ASCII ones count");

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client.account().register("dev@acme.io", "ÉÀÈÌÒÙ1!"));
    assertEquals(List.of(new ValidationProblem("password", upper), new ValidationProblem("password", lower)),
        e.problems());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void passwordPolicyAcceptsACompliantPasswordAndChecksEachRule() {
    assertEquals(List.of(), DiditPasswordPolicy.unmetRules(PASSWORD));
    assertEquals(List.of("must contain a lowercase letter (a-z)"), DiditPasswordPolicy.unmetRules("ABCDEFG1!"));
    assertEquals(List.of("must contain one of the special characters " + DiditPasswordPolicy.SPECIAL_CHARACTERS),
        DiditPasswordPolicy.unmetRules("Abcdefg12~"));
    assertEquals(List.of("is required"), DiditPasswordPolicy.unmetRules(null));
    for (char c : DiditPasswordPolicy.SPECIAL_CHARACTERS.toCharArray()) {
      assertEquals(List.of(), DiditPasswordPolicy.unmetRules("Abcdefg1" + c), "special " + c);
    }
  }

  @Test
  void registerIsNotRetriedOnRateLimitAndSurfacesTheWait() throws Exception {
    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\",\"wait\":3600}"));
    server.enqueue(json(201, "{\"message\":\"m\",\"email\":\"dev@acme.io\"}"));

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client.account().register("dev@acme.io", PASSWORD));

    assertEquals(Optional.of(Duration.ofHours(1)), e.retryAfter());
    assertEquals(DiditErrorCode.THROTTLED, e.errorCode());
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
    assertFalse(e.getMessage().contains(PASSWORD));
  }

  @Test
  void registerShortWaitIsStillNotRetried() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build());

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client.account().register("dev@acme.io", PASSWORD));

    assertEquals(Optional.of(Duration.ofSeconds(2)), e.retryAfter());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @Test
  void registerDuplicateEmailIsClassified() {
    server.enqueue(json(400, "{\"detail\":\"An account with this email already exists.\"}"));

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> client.account().register("dev@acme.io", PASSWORD));

    assertEquals(DiditErrorCode.EMAIL_ALREADY_REGISTERED, e.errorCode());
    assertEquals("An account with this email already exists.", e.error().message());
  }

  @Test
  void registerServerPasswordRuleAsBareArrayIsClassified() {
    server.enqueue(json(400, "[\"Password must contain at least one special character.\"]"));

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> client.account().register("dev@acme.io", PASSWORD));

    assertEquals(DiditErrorCode.PASSWORD_POLICY, e.errorCode());
    assertEquals(List.of("Password must contain at least one special character."), e.error().nonFieldErrors());
  }

  @Test
  void registerOnReservedDomain500IsNotRetriedAndMayHaveActed() {
    server.enqueue(json(500, "{\"detail\":\"Could not send email\"}"));

    InternalServerException e = assertThrows(InternalServerException.class,
        () -> client.account().register("dev@acme.io", PASSWORD));

    assertEquals(1, server.getRequestCount());
    assertTrue(e.outcomeUnknown());
    assertEquals(DiditErrorCode.SERVER_ERROR, e.errorCode());
  }

  @Test
  void verifyEmailDecodesTheDocumentedExample() throws Exception {
    server.enqueue(json(200, VERIFY_EXAMPLE));

    DiditVerifyEmailResult result = client.account().verifyEmail("dev@acme.io", "A3K9F2");

    assertPost(take(), "/auth/v2/programmatic/verify-email/", "{\"email\":\"dev@acme.io\",\"code\":\"A3K9F2\"}");
    assertEquals("a1b2c3d4-5678-90ab-cdef-111111111111", result.organization().uuid());
    assertEquals(Optional.of("developer"), result.organization().name());
    assertEquals("b2c3d4e5-6789-01bc-defg-222222222222", result.application().uuid());
    assertEquals("S9LIYGSoWNuGMLHsvEt9dQ", result.application().clientId());
    assertEquals("05mHcOWL8GathLZlz8oIDawYj9qFAcoSHtz-75PAkuo", result.application().apiKey().reveal());
    assertEquals(OptionalLong.of(86400), result.expiresIn());
    assertEquals("refresh-abc", result.refreshToken().get().reveal());
    assertEquals(result.accessToken(), result.tokens().accessToken());
    assertEquals(Optional.of(Instant.parse("2026-01-02T00:00:00Z")), result.tokens().accessTokenExpiry());
    String shown = result.toString();
    assertFalse(shown.contains("05mHcOWL8"), shown);
    assertFalse(shown.contains("refresh-abc"), shown);
    assertFalse(shown.contains(result.accessToken().reveal()), shown);
  }

  @Test
  void verifyEmailToleratesMissingNames() {
    server.enqueue(json(200, "{\"access_token\":\"t\",\"refresh_token\":\"r\",\"expires_in\":86400,"
        + "\"organization\":{\"uuid\":\"org-1\"},"
        + "\"application\":{\"uuid\":\"app-1\",\"client_id\":\"c\",\"api_key\":\"k\"},\"token_type\":\"Bearer\"}"));

    DiditVerifyEmailResult result = client.account().verifyEmail("dev@acme.io", "123456");

    assertEquals(Optional.empty(), result.organization().name());
    assertEquals(Optional.empty(), result.application().name());
  }

  @Test
  void verifyEmailChecksTheCodeShape() {
    for (String bad : new String[] {"12345", "1234567", "12 456", "12345!", ""}) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> client.account().verifyEmail("dev@acme.io", bad), bad);
      assertEquals(List.of(new ValidationProblem("code", "must be exactly 6 letters or digits, as in the email")),
          e.problems(), bad);
    }
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client.account().verifyEmail(null, null));
    assertEquals(List.of(new ValidationProblem("email", "is required"), new ValidationProblem("code", "is required")),
        e.problems());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void verifyEmailWrongCodeBareArrayIsClassified() {
    server.enqueue(json(400, "[\"Invalid or expired verification code.\"]"));

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> client.account().verifyEmail("dev@acme.io", "A3K9F2"));

    assertEquals(DiditErrorCode.INVALID_VERIFICATION_CODE, e.errorCode());
    assertEquals(List.of("Invalid or expired verification code."), e.error().nonFieldErrors());
    assertTrue(e.getMessage().contains("Invalid or expired verification code."), e.getMessage());
    assertFalse(e.getMessage().contains("A3K9F2"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void resendCodeSendsEmailOnlyOrEmailAndPassword() throws Exception {
    server.enqueue(json(200, "{}"));
    server.enqueue(new MockResponse.Builder().code(204).build());

    DiditResendCodeResult first = client.account().resendCode("dev@acme.io");
    DiditResendCodeResult second = client.account().resendCode("dev@acme.io", PASSWORD);

    assertPost(take(), "/auth/v2/programmatic/resend-otp/", "{\"email\":\"dev@acme.io\"}");
    assertPost(take(), "/auth/v2/programmatic/resend-otp/",
        "{\"email\":\"dev@acme.io\",\"password\":\"" + PASSWORD + "\"}");
    assertEquals(Optional.empty(), first.message());
    assertEquals(Optional.empty(), second.message());
  }

  @Test
  void resendCodeCooldownIsARateLimitNotASleep() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "60")
        .setHeader("Content-Type", "application/json").body("{\"detail\":\"Please wait before requesting a new code.\"}")
        .build());

    RateLimitException e = assertThrows(RateLimitException.class, () -> client.account().resendCode("dev@acme.io"));

    assertEquals(Optional.of(Duration.ofSeconds(60)), e.retryAfter());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @Test
  void loginReturnsTokens() throws Exception {
    String access = Jwts.withExp("u", Instant.parse("2026-01-02T00:00:00Z"));
    server.enqueue(json(200, "{\"access_token\":\"" + access + "\",\"refresh_token\":\"r1\",\"expires_in\":86400,"
        + "\"message\":\"Login successful\"}"));

    DiditLoginResult result = client.account().login("dev@acme.io", PASSWORD);

    assertPost(take(), "/auth/v2/programmatic/login/",
        "{\"email\":\"dev@acme.io\",\"password\":\"" + PASSWORD + "\"}");
    assertFalse(result.isChallenge());
    assertEquals(Optional.empty(), result.challenge());
    assertEquals(access, result.tokens().accessToken().reveal());
    assertEquals(OptionalLong.of(86400), result.tokens().expiresIn());
    assertEquals(Optional.of("Login successful"), result.tokens().message());
    assertEquals("tokens", result.fold(tk -> "tokens", ch -> "challenge"));
    assertFalse(result.toString().contains(access), result.toString());
  }

  @Test
  void loginChallengeCannotBeIgnoredAndVerifyTwoFactorReturnsTokens() throws Exception {
    server.enqueue(json(200, "{\"2fa_required\":true,\"temp_token\":\"tmp-secret-77\",\"has_authenticator\":true,"
        + "\"has_passkeys\":false}"));
    server.enqueue(json(200, "{\"access_token\":\"acc-2\",\"refresh_token\":\"ref-2\"}"));

    DiditLoginResult result = client.account().login("dev@acme.io", PASSWORD);

    assertTrue(result.isChallenge());
    DiditTwoFactorChallenge challenge = result.challenge().get();
    assertEquals("tmp-secret-77", challenge.tempToken().reveal());
    assertTrue(challenge.hasAuthenticator());
    assertFalse(challenge.hasPasskeys());
    assertEquals("challenge", result.fold(tk -> "tokens", ch -> "challenge"));
    DiditTwoFactorRequiredException e = assertThrows(DiditTwoFactorRequiredException.class, result::tokens);
    assertTrue(e.getMessage().contains("verifyTwoFactor"), e.getMessage());
    assertFalse(e.getMessage().contains("tmp-secret-77"), e.getMessage());
    assertTrue(e.hasAuthenticator());
    assertFalse(result.toString().contains("tmp-secret-77"), result.toString());

    DiditTokens tokens = client.account().verifyTwoFactor(challenge.tempToken(), "123456");

    take();
    assertPost(take(), "/auth/v2/2fa/verify/", "{\"temp_token\":\"tmp-secret-77\",\"otp_token\":\"123456\"}");
    assertEquals("acc-2", tokens.accessToken().reveal());
    assertEquals(OptionalLong.empty(), tokens.expiresIn());
  }

  @Test
  void passkeyOnlyChallengeSaysItCannotBeCompletedHeadless() {
    server.enqueue(json(200, "{\"2fa_required\":true,\"temp_token\":\"tmp\",\"has_authenticator\":false,"
        + "\"has_passkeys\":true}"));

    DiditLoginResult result = client.account().login("dev@acme.io", PASSWORD);

    DiditTwoFactorRequiredException e = assertThrows(DiditTwoFactorRequiredException.class, result::tokens);
    assertTrue(e.getMessage().contains("passkeys only"), e.getMessage());
    assertTrue(e.hasPasskeys());
  }

  @Test
  void verifyTwoFactorWrongCodeBareArrayIsClassified() {
    server.enqueue(json(400, "[\"Invalid OTP token.\"]"));

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> client.account().verifyTwoFactor(Secret.of("tmp"), "654321"));

    assertEquals(DiditErrorCode.INVALID_OTP, e.errorCode());
    assertEquals(List.of("Invalid OTP token."), e.error().nonFieldErrors());
    assertFalse(e.getMessage().contains("654321"), e.getMessage());
  }

  @Test
  void verifyTwoFactorChecksArguments() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client.account().verifyTwoFactor(null, "12 34"));

    assertEquals(List.of(new ValidationProblem("tempToken", "is required"), new ValidationProblem("otp",
        "must be the 6-digit code from the authenticator app or a backup code, without spaces")), e.problems());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void loginLockoutSurfacesAsRateLimitWithoutSleeping() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "900")
        .setHeader("Content-Type", "application/json")
        .body("{\"detail\":\"Too many failed login attempts. Try again in 15 minutes.\"}").build());

    RateLimitException e = assertThrows(RateLimitException.class, () -> client.account().login("dev@acme.io", PASSWORD));

    assertEquals(Optional.of(Duration.ofMinutes(15)), e.retryAfter());
    assertEquals(DiditErrorCode.THROTTLED, e.errorCode());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @Test
  void loginShortThrottleSurfacesAtOnceInsteadOfBeingWaitedOut() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build());
    server.enqueue(json(200, "{\"access_token\":\"acc\"}"));

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client.account().withRawResponse().login("dev@acme.io", PASSWORD));

    assertEquals(Optional.of(Duration.ofSeconds(2)), e.retryAfter());
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @Test
  void verifyEmailIsNotResentAfterABadGateway() {
    server.enqueue(json(502, "{\"detail\":\"Bad gateway\"}"));

    InternalServerException e = assertThrows(InternalServerException.class,
        () -> client.account().verifyEmail("dev@acme.io", "A3K9F2"));

    assertTrue(e.outcomeUnknown());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void loginWrongPasswordIsAuthenticationErrorWithInvalidCredentials() {
    server.enqueue(json(401, "{\"detail\":\"Invalid credentials\"}"));

    var e = assertThrows(dev.onboardkit.core.error.AuthenticationException.class,
        () -> client.account().login("dev@acme.io", "wrong-password"));

    assertEquals(DiditErrorCode.INVALID_CREDENTIALS, e.errorCode());
    assertFalse(e.getMessage().contains("wrong-password"), e.getMessage());
  }

  @Test
  void loginResponseWithNeitherTokensNorChallengeIsADecodingError() {
    server.enqueue(json(200, "{\"message\":\"ok\"}"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class,
        () -> client.account().login("dev@acme.io", PASSWORD));

    assertTrue(e.getMessage().contains("neither access_token nor 2fa_required"), e.getMessage());
  }

  @Test
  void conflictOnRegisterIsClassifiedAsAlreadyRegistered() {
    server.enqueue(json(409, "{\"detail\":\"User already registered\"}"));

    ConflictException e = assertThrows(ConflictException.class,
        () -> client.account().register("dev@acme.io", PASSWORD));

    assertEquals(DiditErrorCode.EMAIL_ALREADY_REGISTERED, e.errorCode());
  }

  @Test
  void asyncLoginAndValidationFailuresArriveThroughTheFuture() throws Exception {
    server.enqueue(json(200, "{\"2fa_required\":true,\"temp_token\":\"tmp\",\"has_authenticator\":true,"
        + "\"has_passkeys\":true}"));

    DiditLoginResult result = client.async().account().login("dev@acme.io", PASSWORD).get(5, TimeUnit.SECONDS);
    assertTrue(result.isChallenge());
    assertPost(take(), "/auth/v2/programmatic/login/",
        "{\"email\":\"dev@acme.io\",\"password\":\"" + PASSWORD + "\"}");

    var future = client.async().account().register("dev@acme.io", "short");
    CompletionException e = assertThrows(CompletionException.class, future::join);
    assertInstanceOf(InvalidRequestException.class, e.getCause());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void asyncRawResponseCarriesStatus() throws Exception {
    server.enqueue(json(201, "{\"email\":\"dev@acme.io\"}"));

    ApiResponse<DiditRegisterResult> response =
        client.async().account().withRawResponse().register("dev@acme.io", PASSWORD).get(5, TimeUnit.SECONDS);

    assertEquals(201, response.statusCode());
    assertEquals(1, response.attempts());
    assertEquals(Optional.empty(), response.value().message());
  }
}
