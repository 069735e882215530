package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Item 6, secret hygiene: with the SDK logging at TRACE (this module's surefire configuration sends every test's log
 * to {@code target/reliability-trace.log}), run every example against the fakes and every error path we can reach
 * (authentication failures, missing scopes, server echoes of secrets, validation, rate limits and lockouts, decoding
 * failures, dropped connections, timeouts, 401 replays, two-factor logins, webhook failures: the {@code *HygieneRun}
 * classes), collect every secret involved (the fakes' {@code issuedSecrets()} plus the values revealed from SDK
 * results and the synthetic ones the runs planted) in a {@link LeakCollector}, then scan: the whole log file, every
 * exception's message and full stack trace, every {@code toString()} of every request, response, client and option
 * object, and the examples' printed report. Zero occurrences are allowed. Runs after every other test class
 * ({@code @Order}), so the log scan also covers the secrets the earlier reliability tests registered in
 * {@link SuiteSecrets}.
 *
 * <p>Secrets of 8 characters or more are searched as plain substrings in the whole log. Shorter ones (6-character
 * email codes, 6-digit OTPs) are searched as whole tokens in this test's own part of the log and in the collected
 * texts: a 6-digit number turns up by chance in megabytes of fuzz output.
 */
@Order(Integer.MAX_VALUE)
class SecretHygieneTest {
  static Path logFile() {
    return Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/reliability-trace.log"));
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

    LeakCollector c = new LeakCollector();
    ExamplesHygieneRun.run(c);
    KlaraHygieneRun.run(c);
    DiditHygieneRun.run(c);
    DiditVerificationHygieneRun.run(c);
    DiditStandaloneHygieneRun.run(c);
    WebhookAndValidationHygieneRun.run(c);

    String canary = "log-canary-" + System.nanoTime();
    LoggerFactory.getLogger("dev.onboardkit.reliability.canary").info("canary {}", canary);
    System.out.flush();

    Set<String> suite = SuiteSecrets.snapshot();
    Set<String> all = new LinkedHashSet<>(c.secrets);
    all.addAll(suite);
    SecretScanner scanner = new SecretScanner(all, LeakCollector.LONG);
    List<Pattern> shortPatterns = new ArrayList<>();
    for (String s : c.shortSecrets) {
      shortPatterns.add(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(s) + "(?![A-Za-z0-9])"));
    }

    // Positive controls: the scanner finds a planted secret, and the log read below holds this test's own lines.
    String planted = c.secrets.iterator().next();
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
    for (String text : c.texts) {
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
    Figures.report(dev.onboardkit.examples.RunAllExamples.ALL.size() + " examples + error paths run at TRACE; "
        + log.size() + " log lines (" + logChars / 1_000_000 + " M chars, the whole module run; " + (log.size()
        - linesBefore) + " from this test) scanned for " + c.secrets.size() + " secrets of this test ("
        + c.shortSecrets.size() + " more short codes/OTPs as whole tokens in its own lines) and " + suite.size()
        + " secrets registered by the earlier reliability tests; " + c.exceptions + " exception messages and stack"
        + " traces, " + c.objects + " toString() results and the examples' report scanned; 0 occurrences; run "
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
