package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplicationSummary;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.klara.webhooks.KlaraWebhooks;
import dev.onboardkit.testkit.Exchange;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Item 7, transport security: plain {@code http} base URLs are refused except on loopback; credentials never reach
 * another host, whether through a cross-host redirect, a hostile pagination cursor or {@code withOptions} moving the
 * base URL; the webhook verifier rejects timestamps outside the tolerance in both directions (exactly at the edge),
 * rejects any signature that is not the exact MAC, and compares through {@code MessageDigest.isEqual}.
 */
class TransportSecurityTest {
  static final String KEY = "klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF";
  static final ObjectMapper JSON = new ObjectMapper();

  static MockWebServer otherHost() throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("{}").build();
      }
    });
    server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
    return server;
  }

  static String origin(MockWebServer server) {
    return "http://127.0.0.1:" + server.getPort();
  }

  @Test
  void plainHttpBaseUrlsAreRefusedExceptOnLoopbackByBothClientBuilders() {
    List<String> refused = List.of("http://example.com", "http://api.klara-ai.com/api/external", "http://10.0.0.1",
        "http://192.168.1.10:8080/x", "http://0.0.0.0", "http://localhost.evil.com", "http://127.0.0.1.nip.io",
        "http://[::ffff:127.0.0.1]", "http://[::2]", "http://128.0.0.1", "http://127.0.0.256", "http://2130706433",
        "ftp://localhost/x", "file:///etc/passwd", "//localhost/x", "https://user:pass@api.example.com",
        "https://api.example.com/v1?token=x", "https://api.example.com/v1#frag", "ws://localhost");
    List<String> accepted = List.of("https://api.example.com/v1", "http://localhost:8080/api", "HTTP://LOCALHOST",
        "http://127.0.0.1", "http://127.1.2.3:1", "http://[::1]:8080/x");
    for (String url : refused) {
      URI uri = URI.create(url);
      InvalidRequestException k = assertThrows(InvalidRequestException.class,
          () -> KlaraClient.builder().apiKey(KEY).baseUrl(uri).build(), url);
      assertEquals("baseUrl", k.problems().get(0).field(), url);
      InvalidRequestException d = assertThrows(InvalidRequestException.class,
          () -> DiditAuthClient.builder().accessToken("token").baseUrl(uri).build(), url);
      assertEquals("baseUrl", d.problems().get(0).field(), url);
      InvalidRequestException env = assertThrows(InvalidRequestException.class,
          () -> KlaraClient.builder().fromEnv(Map.of("KLARA_API_KEY", KEY, "KLARA_BASE_URL", url)).build(), url);
      assertEquals("KLARA_BASE_URL", env.problems().get(0).field(), url);
    }
    for (String url : accepted) {
      KlaraClient.builder().apiKey(KEY).baseUrl(URI.create(url)).build().close();
      DiditAuthClient.builder().accessToken("token").baseUrl(URI.create(url)).build().close();
    }
    Figures.report(refused.size() + " base URLs refused by both"
        + " builders and KLARA_BASE_URL (plain http off loopback, look-alike hosts, other schemes, user info, query,"
        + " fragment), " + accepted.size() + " accepted (https, localhost, 127/8, ::1)");
  }

  @Test
  void credentialsNeverFollowACrossHostRedirect() throws Exception {
    try (MockWebServer other = otherHost();
        FakeKlaraServer klaraFake = FakeKlaraServer.start();
        FakeDiditServer diditFake = FakeDiditServer.start()) {
      DiditVerifiedAccount account = diditFake.createVerifiedAccount("redirect@acme-reseller.io", "Redir3ct!pass");
      String key = klaraFake.issueApiKey();
      int redirects = 0;
      try (KlaraClient klara = KlaraClient.builder().baseUrl(klaraFake.baseUrl()).apiKey(key).build();
          DiditAuthClient didit = DiditAuthClient.builder().baseUrl(diditFake.baseUrl())
              .credentials(account.email(), "Redir3ct!pass").build()) {
        for (int status : new int[] {301, 302, 303, 307, 308}) {
          Map<String, String> location = Map.of("Location", origin(other) + "/api/external/applications/x");
          klaraFake.faults().failNext(1, RequestMatcher.of("GET", "/applications/*"), status, "", location);
          UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class,
              () -> klara.applications().retrieve("app-1"));
          assertEquals(status, e.statusCode());
          assertEquals(1, e.attempts());
          klaraFake.faults().failNext(1, RequestMatcher.of("POST", "/applications"), status, "", location);
          assertThrows(UnexpectedStatusException.class, () -> klara.applications().create(KlaraCreateApplicationRequest
              .builder().configId("kyc-standard").primaryContact("A", "a@acme.com", null).companyName("Acme")
              .country("IE").build()));
          diditFake.faults().failNext(1, RequestMatcher.of("POST", "/programmatic/login/"), status, "",
              Map.of("Location", origin(other) + "/auth/v2/programmatic/login/"));
          assertThrows(UnexpectedStatusException.class, () -> didit.account().login(account.email(), "Redir3ct!pass"));
          diditFake.faults().failNext(1, RequestMatcher.of("GET", "/organizations/me/"), status, "",
              Map.of("Location", origin(other) + "/auth/v2/organizations/me/"));
          assertThrows(UnexpectedStatusException.class, () -> didit.organizations().list());
          redirects += 4;
        }
      }
      assertEquals(0, other.getRequestCount(), "the other host received nothing");
      assertEquals(0, klaraFake.createdCount());
      SuiteSecrets.addAll(klaraFake.issuedSecrets());
      SuiteSecrets.addAll(diditFake.issuedSecrets());
      Figures.report(redirects
          + " cross-host redirects (301/302/303/307/308 on Klara GET and create, Didit login and GET) reported as"
          + " UnexpectedStatusException after 1 attempt; requests received by the other host: 0");
    }
  }

  @Test
  void aHostileNextCursorStaysAQueryValueOnTheConfiguredHost() throws Exception {
    try (MockWebServer other = otherHost(); FakeKlaraServer klaraFake = FakeKlaraServer.start();
        RecordingTransport recording = new RecordingTransport()) {
      String key = klaraFake.issueApiKey();
      try (KlaraClient recorder = KlaraClient.builder().baseUrl(klaraFake.baseUrl()).apiKey(key).transport(recording)
          .build()) {
        recorder.applications().create(KlaraCreateApplicationRequest.builder().configId("kyc-standard")
            .primaryContact("A", "a@acme.com", null).companyName("Cursor Ltd").country("IE").build());
        recorder.applications().list(KlaraListApplicationsParams.builder().limit(1).build());
      }
      ObjectNode page = (ObjectNode) JSON.readTree(recording.last.bodyAsString());
      List<String> cursors = List.of(origin(other) + "/api/external/applications?steal=1",
          "//127.0.0.1:" + other.getPort() + "/x", "../../../admin", "a&limit=100&status=approved#frag",
          "x\r\nAuthorization: Bearer stolen", "%2F%2E%2E", " ");
      List<String> sentQueries = new ArrayList<>();
      try (KlaraClient klara = KlaraClient.builder().baseUrl(klaraFake.baseUrl()).apiKey(key).build()) {
        for (String cursor : cursors) {
          ObjectNode first = page.deepCopy().put("has_more", true).put("next_cursor", cursor);
          ObjectNode last = page.deepCopy().put("has_more", false);
          last.putNull("next_cursor");
          RequestMatcher list = RequestMatcher.of("GET", "/applications");
          klaraFake.faults().failNext(1, list, 200, JSON.writeValueAsString(first));
          klaraFake.faults().failNext(1, list, 200, JSON.writeValueAsString(last));
          long before = klaraFake.requestCount();
          int items = 0;
          for (KlaraApplicationSummary ignored : klara.applications().list(KlaraListApplicationsParams.builder().limit(1)
              .build()).autoPager()) {
            items++;
          }
          assertEquals(2, items, cursor);
          assertEquals(before + 2, klaraFake.requestCount(), cursor);
          List<Exchange> ex = klaraFake.exchanges();
          Exchange second = ex.get(ex.size() - 1);
          assertEquals("/applications", second.path(), cursor);
          String query = second.request().query().orElseThrow();
          assertEquals("limit=1&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8).replace("+", "%20")
              .replace("*", "%2A").replace("%7E", "~"), query, cursor);
          assertEquals("Bearer [REDACTED]", second.header("Authorization").orElseThrow());
          sentQueries.add(query);
        }
      }
      assertEquals(0, other.getRequestCount(), "the host named in the cursors received nothing");
      SuiteSecrets.addAll(klaraFake.issuedSecrets());
      Figures.report(cursors.size()
          + " hostile next_cursor values (absolute and scheme-relative URLs, traversal, parameter smuggling, CRLF)"
          + " each sent as one encoded query value to the configured host; requests received by the other host: 0");
    }
  }

  @Test
  void aDiditNextLinkIsFollowedOnlyUnderTheBaseUrlAndOnlyToTheConfiguredOrigin() throws Exception {
    try (MockWebServer other = otherHost();
        dev.onboardkit.testkit.didit.FakeDiditVerificationServer fake =
            dev.onboardkit.testkit.didit.FakeDiditVerificationServer.start();
        dev.onboardkit.didit.DiditClient didit = dev.onboardkit.didit.DiditClient.builder().baseUrl(fake.baseUrl())
            .apiKey(fake.apiKey()).build()) {
      int fakePort = fake.baseUrl().getPort();
      List<String> refused = List.of("http://localhost:" + other.getPort() + "/v3/sessions/?offset=1",
          "//localhost:" + other.getPort() + "/v3/sessions/", "https://evil.example/v3/sessions/",
          "http://127.0.0.1:" + fakePort + "/admin/", "http://127.0.0.1:" + fakePort + "/v3/../admin/",
          "http://user:pw@127.0.0.1:" + fakePort + "/v3/sessions/");
      RequestMatcher list = RequestMatcher.of("GET", "/sessions/");
      for (String next : refused) {
        fake.faults().failNext(1, list, 200, "{\"count\":2,\"next\":" + JSON.writeValueAsString(next)
            + ",\"previous\":null,\"results\":[{\"session_id\":\"s1\"}]}");
        long before = fake.requestCount();
        dev.onboardkit.core.error.OnboardKitException e = assertThrows(
            dev.onboardkit.core.error.OnboardKitException.class, () -> didit.sessions().list().stream().count());
        assertTrue(e.getMessage().startsWith("The server's link to the next page"), e.getMessage());
        assertFalse(e.getMessage().contains("pw"), e.getMessage());
        assertEquals(before + 1, fake.requestCount(), "nothing sent for " + next);
      }
      // Same host on another port (a proxy's internal port): the path and query go to the configured origin.
      fake.faults().failNext(1, list, 200, "{\"count\":9,\"next\":\"http://127.0.0.1:" + other.getPort()
          + "/v3/sessions/?offset=1\",\"previous\":null,\"results\":[{\"session_id\":\"s1\"}]}");
      assertEquals(1, didit.sessions().list().stream().count());
      List<Exchange> ex = fake.exchanges();
      assertEquals("offset=1", ex.get(ex.size() - 1).request().query().orElseThrow());
      assertEquals("[REDACTED]", ex.get(ex.size() - 1).header("x-api-key").orElseThrow());
      assertEquals(0, other.getRequestCount(), "the other origin received nothing");
      SuiteSecrets.addAll(fake.issuedSecrets());
      Figures.report(refused.size() + " hostile Didit next links (another host, scheme-relative, outside the base"
          + " path, traversal, user info) refused before sending; a link to the same host on another port followed to"
          + " the configured origin; requests received by the other origin: 0");
    }
  }

  @Test
  void withOptionsMovingTheBaseUrlKeepsCredentialsPinnedToTheirHost() throws Exception {
    try (MockWebServer other = new MockWebServer(); FakeKlaraServer klaraFake = FakeKlaraServer.start();
        FakeDiditServer diditFake = FakeDiditServer.start()) {
      DiditVerifiedAccount account = diditFake.createVerifiedAccount("pinned@acme-reseller.io", "Pinn3d!pass");
      String otherToken = "other.host.token";
      other.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          String body = request.getUrl().encodedPath().endsWith("/programmatic/login/")
              ? "{\"access_token\":\"" + otherToken + "\",\"refresh_token\":\"r\",\"expires_in\":86400}"
              : "[]";
          return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
        }
      });
      other.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
      URI otherKlara = URI.create(origin(other) + "/api/external");
      URI otherDidit = URI.create(origin(other) + "/auth/v2");
      String key = klaraFake.issueApiKey();
      try (KlaraClient klara = KlaraClient.builder().baseUrl(klaraFake.baseUrl()).apiKey(key).build();
          DiditAuthClient fixed = DiditAuthClient.builder().baseUrl(diditFake.baseUrl())
              .accessToken(account.accessToken()).build();
          DiditAuthClient managed = DiditAuthClient.builder().baseUrl(diditFake.baseUrl())
              .credentials(account.email(), "Pinn3d!pass").build()) {
        InvalidRequestException k = assertThrows(InvalidRequestException.class,
            () -> klara.withOptions(o -> o.baseUrl(otherKlara)));
        assertEquals("baseUrl", k.problems().get(0).field());
        assertFalse(k.getMessage().contains(key.substring(key.indexOf('.') + 1)));
        InvalidRequestException d = assertThrows(InvalidRequestException.class,
            () -> fixed.withOptions(o -> o.baseUrl(otherDidit)));
        assertEquals("baseUrl", d.problems().get(0).field());
        try (KlaraClient samePlace = klara.withOptions(o -> o.maxRetries(5))) {
          samePlace.applications().list();
        }

        managed.organizations().list();
        try (DiditAuthClient moved = managed.withOptions(o -> o.baseUrl(otherDidit))) {
          moved.organizations().list();
        }
        assertEquals(2, other.getRequestCount(), "the moved client logged in there, then listed");
        RecordedRequest login = other.takeRequest();
        assertEquals("/auth/v2/programmatic/login/", login.getUrl().encodedPath());
        assertEquals(null, login.getHeaders().get("Authorization"), "the login carries no token");
        RecordedRequest list = other.takeRequest();
        assertEquals("Bearer " + otherToken, list.getHeaders().get("Authorization"),
            "only the other host's own token is sent there");
        int checked = 0;
        for (String secret : diditFake.issuedSecrets()) {
          if (!secret.equals("Pinn3d!pass")) {
            assertFalse(login.getHeaders().toString().contains(secret) || login.getBody().utf8().contains(secret)
                || list.getHeaders().toString().contains(secret), "host A's secret reached host B");
            checked++;
          }
        }
        assertTrue(checked >= 3, "host A's tokens and api key were checked: " + checked);
      }
      SuiteSecrets.addAll(klaraFake.issuedSecrets());
      SuiteSecrets.addAll(diditFake.issuedSecrets());
      Figures.report("Klara key and Didit"
          + " fixed token: moving the base URL rejected (field baseUrl); managed session moved: logs in at the new"
          + " host with its own session, host A's token never sent there (2 requests at host B checked)");
    }
  }

  // ------------------------------------------------------------------------------------------------ webhooks

  static String sign(String secret, long timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] raw = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder("sha256=");
    for (byte b : raw) {
      hex.append(String.format("%02x", b & 0xff));
    }
    return hex.toString();
  }

  static WebhookVerificationException.Reason reason(KlaraWebhooks webhooks, String body, String signature,
      String timestamp) {
    try {
      webhooks.verify(body == null ? null : body.getBytes(StandardCharsets.UTF_8), signature, timestamp);
      return null;
    } catch (WebhookVerificationException e) {
      return e.reason();
    }
  }

  static final String SECRET = "whsec_reliability_suite_secret_0123456789";
  static final String BODY = "{\"id\":\"evt_1\",\"type\":\"application.submitted\",\"timestamp\":\"2026-01-15T10:00:00Z\","
      + "\"applicationId\":\"550e8400-e29b-41d4-a716-446655440000\",\"organizationId\":\"org\",\"data\":{}}";

  @Test
  void webhookVerifierRejectsTimestampsOutsideTheToleranceInBothDirectionsExactlyAtTheEdge() throws Exception {
    Instant now = Instant.parse("2026-01-15T10:00:00Z");
    long t = now.getEpochSecond();
    int checks = 0;
    for (Duration tolerance : List.of(KlaraWebhooks.DEFAULT_TOLERANCE, Duration.ofSeconds(60), Duration.ofSeconds(1))) {
      KlaraWebhooks webhooks = KlaraWebhooks.builder().secret(SECRET).tolerance(tolerance)
          .clock(Clock.fixed(now, ZoneOffset.UTC)).build();
      long edge = tolerance.getSeconds();
      for (long offset : new long[] {0, edge, -edge}) {
        assertEquals(null, reason(webhooks, BODY, sign(SECRET, t + offset, BODY), Long.toString(t + offset)),
            "accepted at offset " + offset + " with tolerance " + edge);
        checks++;
      }
      for (long offset : new long[] {edge + 1, -(edge + 1), 86_400, -86_400, 1_000_000_000L, -t}) {
        assertEquals(WebhookVerificationException.Reason.TIMESTAMP_OUTSIDE_TOLERANCE,
            reason(webhooks, BODY, sign(SECRET, t + offset, BODY), Long.toString(t + offset)),
            "rejected at offset " + offset + " with tolerance " + edge);
        checks++;
      }
    }
    KlaraWebhooks webhooks = KlaraWebhooks.builder().secret(SECRET).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    String valid = sign(SECRET, t, BODY);
    assertEquals(null, reason(webhooks, BODY, valid, Long.toString(t)));
    assertEquals(null, reason(webhooks, BODY, valid, Long.toString(t)),
        "the verifier is stateless: de-duplicate deliveries by event id within the tolerance");
    for (String ts : new String[] {"-1", "1e9", "12.5", "0x10", "１２３", Long.toString(t) + "0000000000", "+" + t}) {
      assertEquals(WebhookVerificationException.Reason.MALFORMED_TIMESTAMP, reason(webhooks, BODY, valid, ts), ts);
      checks++;
    }
    assertEquals(WebhookVerificationException.Reason.MISSING_TIMESTAMP, reason(webhooks, BODY, valid, " "));
    assertEquals(WebhookVerificationException.Reason.MISSING_SIGNATURE, reason(webhooks, BODY, null,
        Long.toString(t)));
    checks += 4;
    Figures.report(checks
        + " timestamp checks: accepted at exactly +/-tolerance (300 s, 60 s, 1 s), rejected 1 s beyond in both"
        + " directions and far out, malformed and missing timestamps rejected");
  }

  @Test
  void webhookSignaturesDifferingInAnyBitOrInLengthAreRejectedAndTheCompareIsMessageDigestIsEqual()
      throws Exception {
    Instant now = Instant.parse("2026-01-15T10:00:00Z");
    String ts = Long.toString(now.getEpochSecond());
    KlaraWebhooks webhooks = KlaraWebhooks.builder().secret(SECRET).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    String valid = sign(SECRET, now.getEpochSecond(), BODY);
    String hex = valid.substring("sha256=".length());
    assertEquals(null, reason(webhooks, BODY, valid, ts));
    assertEquals(null, reason(webhooks, BODY, "SHA256=" + hex.toUpperCase(), ts), "hex is case-insensitive");

    char last = hex.charAt(63);
    String lastDigitOff = "sha256=" + hex.substring(0, 63) + (last == '0' ? '1' : '0');
    assertEquals(WebhookVerificationException.Reason.SIGNATURE_MISMATCH, reason(webhooks, BODY, lastDigitOff, ts));
    int mismatches = 1;
    byte[] mac = new byte[32];
    for (int i = 0; i < 32; i++) {
      mac[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    for (int bit = 0; bit < 256; bit++) {
      byte[] flipped = mac.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      StringBuilder sb = new StringBuilder("sha256=");
      for (byte b : flipped) {
        sb.append(String.format("%02x", b & 0xff));
      }
      assertEquals(WebhookVerificationException.Reason.SIGNATURE_MISMATCH, reason(webhooks, BODY, sb.toString(), ts),
          "bit " + bit);
      mismatches++;
    }
    assertEquals(WebhookVerificationException.Reason.SIGNATURE_MISMATCH,
        reason(webhooks, BODY, sign("whsec_other_secret", now.getEpochSecond(), BODY), ts));
    assertEquals(WebhookVerificationException.Reason.SIGNATURE_MISMATCH,
        reason(webhooks, BODY + " ", valid, ts), "one extra byte in the body");
    assertEquals(WebhookVerificationException.Reason.SIGNATURE_MISMATCH,
        reason(webhooks, BODY, valid, Long.toString(now.getEpochSecond() - 1)), "the timestamp is signed too");
    mismatches += 3;
    int malformed = 0;
    for (String sig : new String[] {"sha256=" + hex.substring(0, 63), "sha256=" + hex.substring(0, 62),
        "sha256=" + hex + "00", "sha256=" + hex + "0", "sha256=", "sha1=" + hex.substring(0, 40), hex,
        "sha256=" + hex.substring(0, 62) + "zz", "sha256=" + "0".repeat(10_000)}) {
      assertEquals(WebhookVerificationException.Reason.MALFORMED_SIGNATURE, reason(webhooks, BODY, sig, ts), sig);
      malformed++;
    }

    // The comparison itself: the verifier calls HmacSignatures.constantTimeEquals, which is MessageDigest.isEqual
    // (checked in the bytecode, not by timing).
    String verifier = constantPool("/dev/onboardkit/klara/webhooks/KlaraWebhooks.class");
    assertTrue(verifier.contains("dev/onboardkit/core/internal/webhook/HmacSignatures") && verifier.contains("constantTimeEquals"));
    assertFalse(verifier.contains("java/util/Arrays"), "no Arrays.equals on MACs");
    String hmac = constantPool("/dev/onboardkit/core/internal/webhook/HmacSignatures.class");
    assertTrue(hmac.contains("java/security/MessageDigest") && hmac.contains("isEqual"));
    Figures.report(mismatches
        + " signatures differing from the MAC (last hex digit, each of 256 single-bit flips, other secret, altered body"
        + " or timestamp) rejected as SIGNATURE_MISMATCH, " + malformed + " of the wrong length or format rejected"
        + " as MALFORMED_SIGNATURE; compare = HmacSignatures.constantTimeEquals -> MessageDigest.isEqual (bytecode)");
  }

  /** Returns the class file's bytes as ISO-8859-1 text, enough to find constant-pool names. */
  static String constantPool(String resource) throws IOException {
    try (InputStream in = TransportSecurityTest.class.getResourceAsStream(resource)) {
      assertInstanceOf(InputStream.class, in, resource);
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
