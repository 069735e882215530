package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.paging.CursorPage;
import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.account.DiditTwoFactorChallenge;
import dev.onboardkit.didit.account.DiditTwoFactorRequiredException;
import dev.onboardkit.didit.account.DiditVerifyEmailResult;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.didit.applications.DiditApplicationUpdate;
import dev.onboardkit.examples.ExampleContext;
import dev.onboardkit.examples.Report;
import dev.onboardkit.examples.RunAllExamples;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplicationSummary;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.klara.applications.KlaraRefreshPreAuthResponse;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequest;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequestResponse;
import dev.onboardkit.klara.webhooks.KlaraWebhookEvent;
import dev.onboardkit.klara.webhooks.KlaraWebhooks;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.DiditMailMessage;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.slf4j.LoggerFactory;

/**
 * Item 6, secret hygiene: with the SDK logging at TRACE (this module's surefire configuration sends every test's log
 * to {@code target/examples-trace.log}), run every example against the fakes and every error path we can reach
 * (authentication failures, missing scopes, server echoes of secrets, validation, rate limits and lockouts, decoding
 * failures, dropped connections, timeouts, 401 replays, two-factor logins, webhook failures), collect every secret
 * involved (the fakes' {@code issuedSecrets()} plus the values revealed from SDK results and the synthetic ones the
 * test planted), then scan: the whole log file, every exception's message and full stack trace, every
 * {@code toString()} of every request, response, client and option object, and the examples' printed report. Zero
 * occurrences are allowed. Runs after every other test class ({@code @Order}), so the log scan also covers the
 * secrets the earlier reliability tests registered in {@link SuiteSecrets}.
 *
 * <p>Secrets of 8 characters or more are searched as plain substrings in the whole log. Shorter ones (6-character
 * email codes, 6-digit OTPs) are searched as whole tokens in this test's own part of the log and in the collected
 * texts: a 6-digit number turns up by chance in megabytes of fuzz output.
 */
@Order(Integer.MAX_VALUE)
class SecretHygieneTest {
  static final int LONG = 8;
  static final String PASSWORD = "Hyg1ene-Passw0rd!";

  final Set<String> secrets = new LinkedHashSet<>();
  final Set<String> shortSecrets = new LinkedHashSet<>();
  final List<String> texts = new ArrayList<>();
  int exceptions;
  int objects;

  void secret(String value) {
    if (value != null && !value.isEmpty()) {
      (value.length() >= LONG ? secrets : shortSecrets).add(value);
    }
  }

  void seen(Throwable t) {
    exceptions++;
    texts.add(String.valueOf(t.getMessage()));
    texts.add(t.toString());
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    texts.add(trace.toString());
    if (t instanceof ApiException) {
      texts.add(((ApiException) t).error().toString());
      texts.add(((ApiException) t).headers().toString());
      texts.add(((ApiException) t).fieldErrors().toString());
    }
    if (t instanceof ResponseDecodingException) {
      texts.add(((ResponseDecodingException) t).bodySnippet());
    }
  }

  void seen(Object o) {
    objects++;
    texts.add(String.valueOf(o));
  }

  <T extends Throwable> T expect(Class<T> type, Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    if (thrown instanceof ExecutionException) {
      seen(thrown);
      thrown = thrown.getCause();
    }
    T t = type.cast(thrown instanceof Throwable && type.isInstance(thrown) ? thrown : fail(type, thrown));
    seen(t);
    return t;
  }

  static Throwable fail(Class<?> type, Throwable thrown) {
    throw new AssertionError("expected " + type.getSimpleName() + " but got " + thrown, thrown);
  }

  // ------------------------------------------------------------------------------------------------ the runs

  void runEveryExample() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Report report = new Report(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try (ExampleContext ctx = new ExampleContext(Map.of(), report)) {
      RunAllExamples.runAll(ctx);
      FakeKlaraServer klaraFake = ctx.klaraFakeIfUsed().orElseThrow();
      FakeDiditServer diditFake = ctx.diditFakeIfUsed().orElseThrow();
      klaraFake.issuedSecrets().forEach(this::secret);
      diditFake.issuedSecrets().forEach(this::secret);
      diditFake.mailbox().messages().stream().map(DiditMailMessage::code).forEach(this::secret);
      secret("Sup3r-Secret!pass");
      secret(ctx.klara().options().credentials().orElseThrow().credential().headerValue().reveal());
      seen(ctx.klara());
      seen(ctx.klara().options());
    }
    texts.addAll(report.lines());
    texts.add(printed.toString(StandardCharsets.UTF_8));
  }

  void klaraErrorPaths() throws Exception {
    try (FakeKlaraServer fake = FakeKlaraServer.start()) {
      String key = fake.issueApiKey();
      String readOnly = fake.issueApiKey(FakeKlaraServer.SCOPE_APPLICATIONS_READ);
      try (KlaraClient klara = KlaraClient.builder().baseUrl(fake.baseUrl()).apiKey(key).build();
          KlaraClient reader = KlaraClient.builder().baseUrl(fake.baseUrl()).apiKey(readOnly).build()) {
        KlaraCreateApplicationRequest request = KlaraCreateApplicationRequest.builder().configId("kyc-standard")
            .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO").companyName("Hygiene Ltd").country("IE")
            .preAuth(true).build();
        seen(request);
        KlaraCreateApplicationResponse created = klara.applications().create(request);
        seen(created);
        secret(created.preAuthCode().orElseThrow().reveal());
        String id = created.applicationId();
        ApiResponse<KlaraRefreshPreAuthResponse> refreshed = klara.applications().withRawResponse().refreshPreAuth(id);
        seen(refreshed);
        seen(refreshed.value());
        secret(refreshed.value().preAuthCode().reveal());
        seen(klara.applications().retrieve(id));
        CursorPage<KlaraApplicationSummary> page = klara.applications().list(KlaraListApplicationsParams.builder().limit(1)
            .build());
        seen(page);
        page.items().forEach(this::seen);
        KlaraCreateRfiRequestResponse rfi = klara.rfiRequests().create(KlaraCreateRfiRequest.builder().companyName("Hygiene Ltd")
            .country("IE").primaryContact("Sophie Mitchell", "sophie@acme.com", null).preAuthenticated(true).build());
        seen(rfi);
        secret(rfi.preAuthCode().orElseThrow().reveal());

        expect(AuthenticationException.class, () -> reader.applications().create(request));
        // A server echoing the API key: message, stack trace and the decoded error() (its message, field errors and
        // toString) must all stay clean.
        String echoed = "{\"error\":\"Invalid API key " + key + "\",\"message\":\"Bearer " + key + " rejected\"}";
        fake.faults().failNext(1, RequestMatcher.method("GET"), 401, echoed);
        expect(AuthenticationException.class, () -> klara.applications().retrieve(id));
        fake.faults().failNext(1, RequestMatcher.method("GET"), 429, "{\"error\":\"Too many requests\",\"wait\":3600}");
        expect(RateLimitException.class, () -> klara.applications().retrieve(id));
        String planted = "PLANTEDPREAUTH01";
        secret(planted);
        fake.faults().failNext(1, RequestMatcher.of("POST", "/applications/*"), 200, "{\"pre_auth_code\":\"" + planted
            + "\",\"link\":\"https://app.klara-ai.com/apply/x?auth_code=" + planted + "\",\"expires_at\":\"soon\","
            + "\"participant_id\":\"p\"}");
        expect(ResponseDecodingException.class, () -> klara.applications().refreshPreAuth(id));
        fake.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/applications"));
        expect(ApiConnectionException.class, () -> klara.applications().create(request));
        fake.faults().failAfterProcessing(1, RequestMatcher.of("POST", "/applications"), 502,
            "<html><title>502 Bad Gateway</title></html>", Map.of("Content-Type", "text/html"));
        expect(InternalServerException.class, () -> klara.applications().create(request));
        fake.faults().delayNext(1, RequestMatcher.method("GET"), Duration.ofMillis(400));
        expect(ApiTimeoutException.class, () -> klara.applications().retrieve(id, RequestOptions.builder()
            .timeouts(Timeouts.builder().read(Duration.ofMillis(150)).build()).maxRetries(0).build()));
        expect(NotFoundException.class, () -> klara.async().applications().retrieve("missing").get(10,
            TimeUnit.SECONDS));
        RequestOptions withSecretHeader = RequestOptions.builder().header("X-Api-Key", key)
            .header("Authorization", "Bearer " + key).build();
        seen(withSecretHeader);
        seen(klara.applications().retrieve(id, withSecretHeader));
        fake.revokeApiKey(key);
        expect(AuthenticationException.class, () -> klara.applications().list());
      }
      fake.issuedSecrets().forEach(this::secret);
      fake.createdApplications().forEach(a -> a.preAuthCode().ifPresent(this::secret));
    }
  }

  void diditErrorPaths() throws Exception {
    try (FakeDiditServer fake = FakeDiditServer.start()) {
      String email = "hygiene@acme-reseller.io";
      try (DiditAuthClient anonymous = DiditAuthClient.builder().baseUrl(fake.baseUrl()).build()) {
        seen(anonymous.account().register(email, PASSWORD));
        String code = fake.mailbox().latestCode(email).orElseThrow();
        secret(code);
        expect(BadRequestException.class, () -> anonymous.account().verifyEmail(email,
            code.equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ"));
        DiditVerifyEmailResult verified = anonymous.account().verifyEmail(email, code);
        seen(verified);
        seen(verified.application());
        secret(verified.application().apiKey().reveal());
        secret(verified.accessToken().reveal());
        seen(anonymous.account().resendCode("nobody@acme-reseller.io"));

        DiditLoginResult login = anonymous.account().login(email, PASSWORD);
        seen(login);
        seen(login.tokens());
        secret(login.tokens().accessToken().reveal());
        login.tokens().refreshToken().ifPresent(t -> secret(t.reveal()));

        fake.faults().failNext(1, RequestMatcher.of("POST", "/programmatic/login/"), 400,
            "{\"detail\":\"Invalid password: " + PASSWORD + "\",\"password\":[\"" + PASSWORD + " is wrong\"]}");
        expect(BadRequestException.class, () -> anonymous.account().login(email, PASSWORD));
        String plantedToken = "planted-access-token-0123456789";
        secret(plantedToken);
        fake.faults().failNext(1, RequestMatcher.of("POST", "/programmatic/login/"), 200,
            "{\"access_token\":\"" + plantedToken + "\",\"expires_in\":\"soon\"}");
        expect(ResponseDecodingException.class, () -> anonymous.account().login(email, PASSWORD));
        fake.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/programmatic/login/"));
        expect(ApiConnectionException.class, () -> anonymous.account().login(email, PASSWORD));

        String locked = "locked@acme-reseller.io";
        fake.createVerifiedAccount(locked, "L0cked-Account!");
        for (int i = 1; i <= 5; i++) {
          String wrong = "Wr0ng-Guess-" + i + "!";
          secret(wrong);
          expect(BadRequestException.class, () -> anonymous.account().login(locked, wrong));
        }
        expect(RateLimitException.class, () -> anonymous.account().login(locked, "L0cked-Account!"));
        expect(BadRequestException.class, () -> anonymous.async().account().login(email, "Wr0ng-Async-Guess!")
            .get(10, TimeUnit.SECONDS));
        secret("Wr0ng-Async-Guess!");

        String twoFactor = "twofactor@acme-reseller.io";
        fake.createVerifiedAccount(twoFactor, "Tw0-Factor!pass");
        fake.enableTwoFactor(twoFactor);
        DiditLoginResult challenged = anonymous.account().login(twoFactor, "Tw0-Factor!pass");
        seen(challenged);
        DiditTwoFactorChallenge challenge = challenged.challenge().orElseThrow();
        seen(challenge);
        secret(challenge.tempToken().reveal());
        expect(BadRequestException.class, () -> anonymous.account().verifyTwoFactor(challenge.tempToken(), "abcdef"));
        String otp = fake.currentTotp(twoFactor);
        secret(otp);
        seen(anonymous.account().verifyTwoFactor(challenge.tempToken(), otp));
        try (DiditAuthClient managed2fa = DiditAuthClient.builder().baseUrl(fake.baseUrl())
            .credentials(twoFactor, "Tw0-Factor!pass").build()) {
          expect(DiditTwoFactorRequiredException.class, () -> managed2fa.organizations().list());
        }
      }

      DiditVerifiedAccount other = fake.createVerifiedAccount("wrongpass@acme-reseller.io", "R1ght-Password!");
      try (DiditAuthClient wrongPassword = DiditAuthClient.builder().baseUrl(fake.baseUrl())
          .credentials(other.email(), "Wr0ng-Managed-Pass!").build()) {
        secret("Wr0ng-Managed-Pass!");
        expect(BadRequestException.class, () -> wrongPassword.organizations().list());
        seen(wrongPassword);
      }

      try (DiditAuthClient didit = DiditAuthClient.builder().baseUrl(fake.baseUrl()).credentials(email, PASSWORD)
          .build()) {
        seen(didit);
        seen(didit.options());
        String org = didit.organizations().list().get(0).uuid();
        DiditApplication app = didit.applications(org).create(dev.onboardkit.didit.applications.DiditCreateApplicationRequest
            .builder().name("Hygiene customer").websiteUrl("https://hygiene.example.com").build());
        seen(app);
        secret(app.apiKey().orElseThrow().reveal());
        seen(didit.applications(org).retrieve(app.uuid()));
        seen(didit.applications(org).list());
        seen(didit.applications(org).update(app.uuid(), DiditApplicationUpdate.builder().name("Renamed").build()));
        fake.revokeTokens(email);
        seen(didit.organizations().list());
        fake.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/organizations/me/*"));
        expect(ApiConnectionException.class, () -> didit.applications(org).create(
            dev.onboardkit.didit.applications.DiditCreateApplicationRequest.builder().name("Dropped").build()));
      }
      String stale = fake.issuedSecrets().stream().filter(s -> s.startsWith("eyJ")).findFirst().orElseThrow();
      fake.revokeTokens(email);
      try (DiditAuthClient fixed = DiditAuthClient.builder().baseUrl(fake.baseUrl()).accessToken(stale).build()) {
        expect(AuthenticationException.class, () -> fixed.organizations().list());
        seen(fixed);
      }
      fake.issuedSecrets().forEach(this::secret);
      fake.mailbox().messages().stream().map(DiditMailMessage::code).forEach(this::secret);
    }
  }

  void webhookAndValidationPaths() throws Exception {
    try (FakeKlaraServer fake = FakeKlaraServer.start()) {
      secret(fake.webhookSecret());
      KlaraWebhooks webhooks = KlaraWebhooks.builder().secret(fake.webhookSecret()).clock(fake.clock()).build();
      seen(webhooks);
      WebhookDelivery delivery = fake.signedEvent("application.submitted", "550e8400-e29b-41d4-a716-446655440000",
          Map.of("submittedAt", "2026-01-15T10:00:00Z"));
      String signature = delivery.header("X-Klara-Signature").orElseThrow();
      String timestamp = delivery.header("X-Klara-Timestamp").orElseThrow();
      KlaraWebhookEvent event = webhooks.verifyAndParse(delivery.body(), signature, timestamp);
      seen(event);
      expect(WebhookVerificationException.class, () -> webhooks.verify(
          delivery.body().replace("submitted", "opened").getBytes(StandardCharsets.UTF_8), signature, timestamp));
      String otherSecret = "whsec_some_other_endpoint_secret";
      secret(otherSecret);
      expect(WebhookVerificationException.class, () -> KlaraWebhooks.builder().secret(otherSecret)
          .clock(fake.clock()).build().verify(delivery.bodyBytes(), signature, timestamp));
      fake.clock().advance(Duration.ofHours(1));
      expect(WebhookVerificationException.class, () -> webhooks.verify(delivery.bodyBytes(), signature, timestamp));
      expect(WebhookVerificationException.class, () -> webhooks.verify(delivery.bodyBytes(), "sha256=zz", timestamp));
      expect(WebhookVerificationException.class, () -> webhooks.verifyAndParse("not json", webhooks.sign(
          "not json".getBytes(StandardCharsets.UTF_8), fake.clock().epochSecond()), Long.toString(
          fake.clock().epochSecond())));
    }

    String malformedKey = "klara_0123456789abcdef01234567.Th1s-Is.A-Malformed-Secret";
    secret(malformedKey.substring(malformedKey.indexOf('.') + 1));
    expect(InvalidRequestException.class, () -> KlaraClient.builder().apiKey(malformedKey).build());
    expect(InvalidRequestException.class, () -> KlaraClient.builder().fromEnv(Map.of("KLARA_API_KEY", malformedKey))
        .build());
    String spacedToken = "bad token-with-a-secret-tail";
    secret(spacedToken);
    expect(InvalidRequestException.class, () -> DiditAuthClient.builder().accessToken(spacedToken).build());
    String weakPassword = "weakpassword-secret";
    secret(weakPassword);
    try (DiditAuthClient anonymous = DiditAuthClient.builder().baseUrl(java.net.URI.create("https://didit.invalid"))
        .build()) {
      expect(InvalidRequestException.class, () -> anonymous.account().register("a@acme.io", weakPassword));
    }
    String headerSecret = "x-api-key-value-0123456789";
    secret(headerSecret);
    try (KlaraClient klara = KlaraClient.builder().baseUrl(java.net.URI.create("https://klara.invalid/api/external"))
        .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF")
        .defaultHeader("X-Api-Key", headerSecret).build()) {
      secret("abcdefghijklmnopqrstuvwxyzABCDEF");
      seen(klara);
      seen(klara.options());
    }
    String plain = "plain-secret-value-0123";
    secret(plain);
    seen(Secret.of(plain));
    seen(Credential.bearer(Secret.of(plain)));
    seen(Credential.header("x-api-key", Secret.of(plain)));
  }

  // ------------------------------------------------------------------------------------------------ the scan

  static Path logFile() {
    return Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/examples-trace.log"));
  }

  static List<String> readLog(Path log) throws IOException {
    List<String> lines = new ArrayList<>();
    if (!Files.exists(log)) {
      return lines;
    }
    // InputStreamReader replaces malformed bytes (the fuzz test logs random bytes) instead of failing.
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(log),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }

  static String mask(String secret) {
    return secret.substring(0, Math.min(3, secret.length())) + "***(" + secret.length() + " chars)";
  }

  @Test
  void everyExampleAndErrorPathAtTraceLeaksNoSecretIntoLogsMessagesStackTracesOrToString() throws Exception {
    // This test's own part of the log starts after a marker line (logging it also makes slf4j-simple open the file).
    String startMarker = "secret-hygiene-start-" + System.nanoTime();
    LoggerFactory.getLogger("dev.onboardkit.reliability.canary").info("{}", startMarker);
    long start = System.nanoTime();

    runEveryExample();
    klaraErrorPaths();
    diditErrorPaths();
    webhookAndValidationPaths();

    String canary = "log-canary-" + System.nanoTime();
    LoggerFactory.getLogger("dev.onboardkit.reliability.canary").info("canary {}", canary);
    System.out.flush();

    Set<String> suite = SuiteSecrets.snapshot();
    Set<String> all = new LinkedHashSet<>(secrets);
    all.addAll(suite);
    SecretScanner scanner = new SecretScanner(all, LONG);
    List<Pattern> shortPatterns = new ArrayList<>();
    for (String s : shortSecrets) {
      shortPatterns.add(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(s) + "(?![A-Za-z0-9])"));
    }

    // Positive controls: the scanner finds a planted secret, and the log read below holds this test's own lines.
    String planted = secrets.iterator().next();
    assertEquals(Set.of(planted), scanner.find("prefix " + planted + " suffix"));

    List<String> log = readLog(logFile());
    int linesBefore = -1;
    for (int i = log.size() - 1; i >= 0 && linesBefore < 0; i--) {
      if (log.get(i).contains(startMarker)) {
        linesBefore = i;
      }
    }
    assertTrue(linesBefore >= 0, "the start marker is not in " + logFile());
    long logChars = 0;
    List<String> leaks = new ArrayList<>();
    boolean canaryFound = false;
    for (int i = 0; i < log.size(); i++) {
      String line = log.get(i);
      logChars += line.length();
      canaryFound |= line.contains(canary);
      for (String s : scanner.find(line)) {
        leaks.add("log line " + (i + 1) + ": " + mask(s));
      }
      if (i >= linesBefore) {
        for (Pattern p : shortPatterns) {
          if (p.matcher(line).find()) {
            leaks.add("log line " + (i + 1) + ": short secret " + p.pattern().length());
          }
        }
      }
    }
    assertTrue(canaryFound, "the log file was not read after this test's logging");
    assertTrue(log.size() > linesBefore + 100, "this test's TRACE output is in the log: " + (log.size() - linesBefore));
    for (String text : texts) {
      for (String s : scanner.find(text)) {
        leaks.add("text " + mask(s) + " in: " + text.substring(0, Math.min(200, text.length())).replace(s, "***"));
      }
      for (Pattern p : shortPatterns) {
        if (p.matcher(text).find()) {
          leaks.add("short secret in text: " + text.substring(0, Math.min(200, text.length())));
        }
      }
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(List.of(), leaks, "secrets leaked");
    Figures.report("6 examples + error paths run at TRACE; "
        + log.size() + " log lines (" + logChars / 1_000_000 + " M chars, the whole module run; " + (log.size()
        - linesBefore) + " from this test) scanned for " + secrets.size() + " secrets of this test ("
        + shortSecrets.size() + " more short codes/OTPs as whole tokens in its own lines) and " + suite.size()
        + " secrets registered by the earlier reliability tests; " + exceptions + " exception messages and stack"
        + " traces, " + objects + " toString() results and the examples' report scanned; 0 occurrences; run "
        + tookMs + " ms");
  }

  /**
   * Regression: when a server echoed the credential in an error body, the exception message was masked but the
   * decoded {@code error()} kept the API key or token ({@code message()}, {@code fieldErrors()}, {@code toString()}):
   * the error body was scrubbed with the request as it was before {@code AuthenticatingTransport} added the
   * {@code Authorization} header. Found by this suite and fixed in sdk-core.
   */
  @Test
  void anEchoedCredentialIsScrubbedFromTheDecodedErrorBody() throws Exception {
    try (FakeKlaraServer klaraFake = FakeKlaraServer.start(); FakeDiditServer diditFake = FakeDiditServer.start()) {
      String key = klaraFake.issueApiKey();
      DiditVerifiedAccount account = diditFake.createVerifiedAccount("echo@acme-reseller.io", "Ech0-Account!");
      klaraFake.faults().failNext(1, RequestMatcher.any(), 401, "{\"error\":\"Invalid API key " + key + "\"}");
      diditFake.faults().failNext(1, RequestMatcher.any(), 401, "{\"detail\":\"Token " + account.accessToken()
          + " expired\",\"token\":[\"" + account.accessToken() + "\"]}");
      try (KlaraClient klara = KlaraClient.builder().baseUrl(klaraFake.baseUrl()).apiKey(key).build();
          DiditAuthClient didit = DiditAuthClient.builder().baseUrl(diditFake.baseUrl())
              .accessToken(account.accessToken()).build()) {
        AuthenticationException k = assertThrows(AuthenticationException.class,
            () -> klara.applications().retrieve("app-1"));
        AuthenticationException d = assertThrows(AuthenticationException.class, () -> didit.organizations().list());
        assertTrue(!k.getMessage().contains(key) && !d.getMessage().contains(account.accessToken()),
            "the messages are masked");
        String secretHalf = key.substring(key.indexOf('.') + 1);
        assertTrue(!k.error().toString().contains(secretHalf), k.error().toString());
        assertTrue(!d.error().toString().contains(account.accessToken()), d.error().toString());
        assertTrue(!d.fieldErrors().toString().contains(account.accessToken()), d.fieldErrors().toString());
        Figures.report("a Klara API key and a Didit token echoed in 401 bodies: absent from the messages and from"
            + " error().toString() and fieldErrors()");
      }
    }
  }
}
